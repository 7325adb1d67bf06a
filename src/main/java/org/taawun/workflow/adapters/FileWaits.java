package org.taawun.workflow.adapters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;

import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementProcess.Waiting;

/**
 * What an agreement's file waits for, besides people, read from its running processes:
 * each timer (a window, a court's limit, the entry into force, a reminder) with the day
 * it falls, and each receive task (the partner's acceptance of the final text), which
 * ends with an answer rather than a date.
 */
@Component
class FileWaits {

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final Clock clock;

	FileWaits(RuntimeService runtime, ManagementService management, RepositoryService repository, Clock clock) {
		this.clock = clock;
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
	}

	List<Waiting> of(String reference) {
		List<Waiting> waits = new ArrayList<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			BpmnModelInstance model = this.repository.getBpmnModelInstance(instance.getProcessDefinitionId());
			for (Job timer : this.management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				String key = this.management.createJobDefinitionQuery()
					.jobDefinitionId(timer.getJobDefinitionId())
					.singleResult()
					.getActivityId();
				// a timer falls at the start of a legal day
				waits.add(new Waiting(key, name(model, key),
						LocalDate.ofInstant(timer.getDuedate().toInstant(), this.clock.getZone())));
			}
			for (String active : this.runtime.getActiveActivityIds(instance.getId())) {
				if (model.getModelElementById(active) instanceof ReceiveTask task) {
					waits.add(new Waiting(active, task.getName(), null));
				}
			}
		}
		waits.sort(Comparator.comparing(Waiting::until, Comparator.nullsLast(Comparator.naturalOrder())));
		return waits;
	}

	private static String name(BpmnModelInstance model, String key) {
		return (model.getModelElementById(key) instanceof FlowElement element) ? element.getName() : key;
	}

}
