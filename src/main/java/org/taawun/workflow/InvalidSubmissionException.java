package org.taawun.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task was submitted with values its form refuses. The engine REST API answers a form
 * validation failure with 400 when a task is completed or its form submitted, as the
 * Tasklist does, and shows the message to the user.
 */
class InvalidSubmissionException extends FormFieldValidationException {

	InvalidSubmissionException(String formRef, String message) {
		super(formRef, message);
	}

}
