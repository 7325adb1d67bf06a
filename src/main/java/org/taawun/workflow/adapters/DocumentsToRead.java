package org.taawun.workflow.adapters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import org.springframework.stereotype.Component;

/**
 * The documents a user task needs its performer to read, as its model names them: a
 * {@code documentsToRead} property listing document kinds, the most important first
 * ({@code REFERRAL_LETTER DELIBERATION_EXTRACT CONVENTION_DRAFT}). Process versions never
 * change, so a task's list is read once.
 */
@Component
public class DocumentsToRead {

	public static final String PROPERTY = "documentsToRead";

	private final RepositoryService repository;

	private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

	DocumentsToRead(RepositoryService repository) {
		this.repository = repository;
	}

	List<String> of(String processDefinitionId, String taskKey) {
		return this.cache.computeIfAbsent(processDefinitionId + "/" + taskKey,
				(key) -> read(processDefinitionId, taskKey));
	}

	private List<String> read(String processDefinitionId, String taskKey) {
		UserTask task = this.repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
		if (task == null || task.getExtensionElements() == null) {
			return List.of();
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> PROPERTY.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.flatMap((value) -> Arrays.stream(value.trim().split("\\s+")))
			.toList();
	}

}
