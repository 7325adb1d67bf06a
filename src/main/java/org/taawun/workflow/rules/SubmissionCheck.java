package org.taawun.workflow.rules;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Holds what a command changed on a user task against its form, when the task is
 * completed, updated or left (see {@link TaskSubmissions}). Built into every user task,
 * so it runs before the model's own listeners and even where a caller skips them.
 */
final class SubmissionCheck implements TaskListener {

	private final String formRef;

	private final TaskSubmissions submissions;

	SubmissionCheck(String formRef, TaskSubmissions submissions) {
		this.formRef = formRef;
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		this.submissions.check(task, this.formRef, EVENTNAME_COMPLETE.equals(task.getEventName()));
	}

}
