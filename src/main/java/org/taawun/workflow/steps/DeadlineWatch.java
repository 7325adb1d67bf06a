package org.taawun.workflow.steps;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.taawun.agreement.TimelineEntry;
import org.taawun.notification.StaffMailSettings;

/**
 * Watches every task's due date, whichever model gave it: a task due within the reminder
 * time is recalled to whoever must act, a task past its due date is escalated (see
 * {@link TaskAlerts}). Each task in its own transaction; on two nodes at once, the
 * engine's optimistic lock on the task lets one of them through.
 */
@Component
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private static final int PAGE = 200;

	private final TaskService tasks;

	private final TaskAlerts alerts;

	private final StaffMailSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeadlineWatch(TaskService tasks, TaskAlerts alerts, StaffMailSettings settings, TransactionTemplate transaction,
			Clock clock) {
		this.clock = clock;
		this.tasks = tasks;
		this.alerts = alerts;
		this.settings = settings;
		this.transaction = transaction;
	}

	/** Reminds and escalates what is due; runs on every node. */
	@Scheduled(fixedDelayString = "${taawun.staff-mail.watch-every:PT15M}",
			initialDelayString = "${taawun.staff-mail.watch-every:PT15M}")
	public void watch() {
		Instant now = this.clock.instant();
		raise(TimelineEntry.Kind.ESCALATION, Date.from(now), TaskAlerts.ESCALATED_PRIORITY);
		raise(TimelineEntry.Kind.REMINDER, Date.from(now.plus(this.settings.reminderBefore())),
				TaskAlerts.REMINDED_PRIORITY);
	}

	private void raise(TimelineEntry.Kind kind, Date dueBefore, int priority) {
		// a raised task leaves the query: each page is new work
		List<Task> due = page(dueBefore, priority);
		while (!due.isEmpty()) {
			int raised = 0;
			for (Task task : due) {
				try {
					if (Boolean.TRUE.equals(this.transaction.execute((status) -> this.alerts.raise(task, kind)))) {
						raised++;
					}
				}
				catch (OptimisticLockingException ex) {
					log.debug("Task {} was raised by another node", task.getId());
				}
			}
			if (raised == 0) {
				return;
			}
			due = page(dueBefore, priority);
		}
	}

	private List<Task> page(Date dueBefore, int priority) {
		return this.tasks.createTaskQuery()
			.dueBefore(dueBefore)
			.taskMaxPriority(priority - 1)
			.orderByDueDate()
			.asc()
			.listPage(0, PAGE);
	}

}
