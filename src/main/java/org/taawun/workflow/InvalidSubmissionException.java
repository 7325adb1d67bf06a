package org.taawun.workflow;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.taawun.form.FormViolation;

/**
 * A task was submitted with values its form refuses. The engine REST API answers a form
 * validation failure with 400 when a task is completed or its form submitted, as the
 * Tasklist does, and shows the message to the user; our own API answers each violation
 * next to its field.
 */
class InvalidSubmissionException extends FormFieldValidationException {

	private final transient List<FormViolation> violations;

	InvalidSubmissionException(String formRef, List<FormViolation> violations, String message) {
		super(formRef, message);
		this.violations = List.copyOf(violations);
	}

	List<FormViolation> violations() {
		return this.violations;
	}

	/** The violations in one line: {@code field: message; field: message}. */
	static String reasons(List<FormViolation> violations) {
		return violations.stream().map((v) -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
	}

}
