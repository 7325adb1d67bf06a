package org.taawun.notification;

import java.time.Instant;
import java.util.List;

/**
 * Something the staff are told about a task.
 *
 * @param taskKey the task's id in its model, which names it in each language
 * @param taskName the task's name as its model writes it, when no translation is known
 * @param reference the agreement's reference; null for a task of no agreement
 * @param groups the task's candidate groups
 * @param assignee who holds it; null when nobody does
 * @param actor who caused the event, told nothing about what they did themselves; null
 * for the system's own steps
 */
public record TaskNotice(NoticeKind kind, String taskId, String taskKey, String taskName, String reference,
		List<String> groups, String assignee, Instant due, String actor) {

	public TaskNotice {
		groups = List.copyOf(groups);
	}

	/**
	 * The event as every person it concerns shares it: the same event is told to each
	 * once.
	 */
	String eventKey() {
		return switch (this.kind) {
			case ASSIGNED -> "assigned-" + this.taskId + "-" + this.assignee;
			default -> this.kind.name().toLowerCase().replace('_', '-') + "-" + this.taskId;
		};
	}

}
