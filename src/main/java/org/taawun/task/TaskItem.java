package org.taawun.task;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A task waiting for someone.
 *
 * @param key the task's id in its BPMN model ({@code Task_CheckEligibility})
 * @param reference the reference of the agreement it belongs to
 * @param formKey the id of the task's form in {@code forms/}
 */
public record TaskItem(String id, String key, String name, String reference, String formKey,
		List<String> candidateGroups, String assignee, Instant created, Instant due, int priority) {

	/**
	 * Whether the account's groups may take this task, or it is already the account's
	 * own.
	 */
	public boolean isOpenTo(String userId, Set<String> groups) {
		return userId.equals(this.assignee) || this.candidateGroups.stream().anyMatch(groups::contains);
	}

}
