package org.taawun.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task was submitted with values its form refuses. The engine REST API answers it with
 * 400.
 */
class InvalidSubmissionException extends BadUserRequestException {

	InvalidSubmissionException(String message) {
		super(message);
	}

}
