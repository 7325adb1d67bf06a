package org.taawun.workflow.steps;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.TimelineEntry;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * A deadline came near or passed: the overdue task rises in its group's list (an
 * escalation above a reminder) and the agreement's timeline says so. It never decides in
 * anyone's place. Its inputs name the kind of alert ({@code REMINDER} or
 * {@code ESCALATION}) and the task.
 */
@Component("deadlineAlert")
class DeadlineAlertDelegate implements JavaDelegate {

	static final String ALERT_KIND = "alertKind";

	static final String OVERDUE_TASK = "overdueTask";

	static final int REMINDED_PRIORITY = 70;

	static final int ESCALATED_PRIORITY = 90;

	private final TaskService tasks;

	private final AgreementSteps steps;

	DeadlineAlertDelegate(TaskService tasks, AgreementSteps steps) {
		this.tasks = tasks;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf((String) execution.getVariable(ALERT_KIND));
		String taskKey = (String) execution.getVariable(OVERDUE_TASK);
		int priority = (kind == TimelineEntry.Kind.ESCALATION) ? ESCALATED_PRIORITY : REMINDED_PRIORITY;
		this.tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskKey)
			.list()
			.forEach((task) -> this.tasks.setPriority(task.getId(), Math.max(task.getPriority(), priority)));
		this.steps.recordEvent((Long) execution.getVariable(Vars.AGREEMENT_ID), kind, taskKey, RegisterSteps.SYSTEM);
	}

}
