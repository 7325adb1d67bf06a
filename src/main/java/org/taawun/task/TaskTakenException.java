package org.taawun.task;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Someone else claimed or completed the task first.
 */
public class TaskTakenException extends ErrorResponseException {

	private final String taskId;

	public TaskTakenException(String taskId) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "task.taken",
				new Object[] { taskId });
		this.taskId = taskId;
	}

	public String taskId() {
		return this.taskId;
	}

}
