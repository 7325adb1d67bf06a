package org.taawun.task;

import java.util.List;

import org.taawun.agreement.AgreementState;

/**
 * Where an agreement went once a task of it was completed: its legal state, and its tasks
 * now open to the user who completed it.
 *
 * @param done the task completed, as it stood before
 */
public record Completed(String reference, long agreementId, AgreementState state, TaskItem done,
		List<TaskItem> nextTasksForYou) {
}
