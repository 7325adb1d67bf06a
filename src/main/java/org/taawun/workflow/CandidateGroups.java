package org.taawun.workflow;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The groups a task is offered to, sorted.
 */
final class CandidateGroups {

	private CandidateGroups() {
	}

	static List<String> of(TaskService tasks, String taskId) {
		return tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map((link) -> link.getGroupId())
			.sorted()
			.toList();
	}

}
