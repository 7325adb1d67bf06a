package org.taawun.workflow.steps;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.taawun.agreement.TimelineEntry;

/**
 * A deadline a model times itself came near or passed: the task is reminded or escalated
 * ({@link TaskAlerts}). Its inputs name the kind of alert ({@code REMINDER} or
 * {@code ESCALATION}) and the task.
 */
@Component("deadlineAlert")
class DeadlineAlertDelegate implements JavaDelegate {

	static final String ALERT_KIND = "alertKind";

	static final String OVERDUE_TASK = "overdueTask";

	private final TaskService tasks;

	private final TaskAlerts alerts;

	DeadlineAlertDelegate(TaskService tasks, TaskAlerts alerts) {
		this.tasks = tasks;
		this.alerts = alerts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf((String) execution.getVariable(ALERT_KIND));
		this.tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey((String) execution.getVariable(OVERDUE_TASK))
			.list()
			.forEach((task) -> this.alerts.raise(task, kind));
	}

}
