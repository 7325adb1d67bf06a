package org.taawun.task;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No open task with that id, or none the caller may see: both answer 404.
 */
public class TaskNotFoundException extends ErrorResponseException {

	TaskNotFoundException(String taskId) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "task.not-found",
				new Object[] { taskId });
	}

}
