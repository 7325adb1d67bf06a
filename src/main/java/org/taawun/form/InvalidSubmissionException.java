package org.taawun.form;

import java.util.List;

/**
 * A submission its form refuses, with one message per field in the user's language.
 */
public class InvalidSubmissionException extends RuntimeException {

	private final List<FormViolation> violations;

	public InvalidSubmissionException(List<FormViolation> violations) {
		super(violations.size() + " fields refused");
		this.violations = List.copyOf(violations);
	}

	public List<FormViolation> violations() {
		return this.violations;
	}

}
