package org.taawun.workflow.notices;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.notification.NoticeKind;
import org.taawun.notification.StaffMail;
import org.taawun.notification.TaskNotice;

/**
 * Tells the staff of every task the moment it is offered to a group or assigned to
 * someone, whatever route made it (a step of a process, a claim in the Tasklist, the
 * engine's REST API): a listener on every user task, added as the models are parsed. A
 * person is not told of what they did themselves (claiming a task), and a portfolio
 * brought in tells nobody of the tasks it opens: the person importing it sees them in
 * their list.
 */
@Component
public class TaskNotices implements TaskListener {

	private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

	private final StaffMail mail;

	// the engine calls the listener, and the mail reads the directory through the engine
	TaskNotices(@Lazy StaffMail mail) {
		this.mail = mail;
	}

	/** Runs the work telling nobody of the tasks it opens. */
	public static <T> T quietly(Supplier<T> work) {
		QUIET.set(true);
		try {
			return work.get();
		}
		finally {
			QUIET.remove();
		}
	}

	@Override
	public void notify(DelegateTask task) {
		if (QUIET.get()) {
			return;
		}
		String actor = Context.getCommandContext().getAuthenticatedUserId();
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
			this.mail.notify(notice(NoticeKind.OFFERED, task, actor));
		}
		else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null
				&& !task.getAssignee().equals(actor)) {
			this.mail.notify(notice(NoticeKind.ASSIGNED, task, actor));
		}
	}

	/** Tells of a task near or past its due date; the system is the actor. */
	public void alert(NoticeKind kind, Task task, String reference, List<String> groups) {
		this.mail.notify(new TaskNotice(kind, task.getId(), task.getTaskDefinitionKey(), task.getName(), reference,
				groups, task.getAssignee(), instant(task.getDueDate()), null));
	}

	private static TaskNotice notice(NoticeKind kind, DelegateTask task, String actor) {
		List<String> groups = task.getCandidates()
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		String reference = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		return new TaskNotice(kind, task.getId(), task.getTaskDefinitionKey(), task.getName(), reference, groups,
				task.getAssignee(), instant(task.getDueDate()), actor);
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
