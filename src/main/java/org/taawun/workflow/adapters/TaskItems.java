package org.taawun.workflow.adapters;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import org.taawun.task.TaskItem;
import org.taawun.workflow.security.CandidateGroups;

/** The engine's tasks as the task list's items. */
@Component
class TaskItems {

	private final RuntimeService runtime;

	private final CandidateGroups candidateGroups;

	TaskItems(RuntimeService runtime, CandidateGroups candidateGroups) {
		this.runtime = runtime;
		this.candidateGroups = candidateGroups;
	}

	/**
	 * The items of the tasks, with the business keys of their processes read in one
	 * query.
	 */
	List<TaskItem> of(List<Task> found) {
		Set<String> instances = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> references = instances.isEmpty() ? Map.of()
				: this.runtime.createProcessInstanceQuery()
					.processInstanceIds(instances)
					.list()
					.stream()
					.collect(Collectors.toMap(ProcessInstance::getId, (pi) -> String.valueOf(pi.getBusinessKey())));
		Map<String, List<String>> groups = this.candidateGroups.of(found.stream().map(Task::getId).toList());
		return found.stream()
			.map((task) -> new TaskItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
					references.get(task.getProcessInstanceId()),
					(task.getCamundaFormRef() != null) ? task.getCamundaFormRef().getKey() : null,
					groups.getOrDefault(task.getId(), List.of()), task.getAssignee(), instant(task.getCreateTime()),
					instant(task.getDueDate()), task.getPriority()))
			.toList();
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
