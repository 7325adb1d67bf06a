package org.taawun.workflow.steps;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.TimelineEntry;
import org.taawun.notification.NoticeKind;
import org.taawun.workflow.model.AgreementLifecycle.Vars;
import org.taawun.workflow.notices.TaskNotices;
import org.taawun.workflow.security.CandidateGroups;

/**
 * A task's due date came near or passed: the task rises in its group's list (an
 * escalation above a reminder), the agreement's timeline says so, and whoever must act is
 * told by mail (overdue, whoever answers for them too). The priority is the mark that it
 * was done: a task is reminded once and escalated once, whether a timer of its model or
 * the {@link DeadlineWatch} saw it first. It never decides in anyone's place.
 */
@Component
public class TaskAlerts {

	static final int REMINDED_PRIORITY = 70;

	/** The priority of an escalated task: it tops its group's list. */
	public static final int ESCALATED_PRIORITY = 90;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final AgreementSteps steps;

	private final TaskNotices notices;

	private final CandidateGroups groups;

	TaskAlerts(TaskService tasks, RuntimeService runtime, AgreementSteps steps, TaskNotices notices,
			CandidateGroups groups) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.steps = steps;
		this.notices = notices;
		this.groups = groups;
	}

	/**
	 * Reminds or escalates the task, unless it was before.
	 * @return whether it was raised now
	 */
	boolean raise(Task task, TimelineEntry.Kind kind) {
		boolean escalation = kind == TimelineEntry.Kind.ESCALATION;
		int priority = escalation ? ESCALATED_PRIORITY : REMINDED_PRIORITY;
		if (task.getPriority() >= priority) {
			return false;
		}
		this.tasks.setPriority(task.getId(), priority);
		if (this.runtime.getVariable(task.getProcessInstanceId(), Vars.AGREEMENT_ID) instanceof Long agreementId) {
			this.steps.recordEvent(agreementId, kind, task.getTaskDefinitionKey(), RegisterSteps.SYSTEM);
		}
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		this.notices.alert(escalation ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON, task, instance.getBusinessKey(),
				this.groups.of(task.getId()));
		return true;
	}

}
