package org.taawun.workflow.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.taawun.form.FormViolation;

/**
 * The engine refused variables a caller wrote: each violation names one and says why, in
 * the caller's language. Nothing of the command is written. The engine REST API answers a
 * form validation failure with 400 (see {@link EngineRestRefusals}); our own API answers
 * each violation next to its field.
 */
public class RefusedVariablesException extends FormFieldValidationException {

	private final transient List<FormViolation> violations;

	RefusedVariablesException(List<FormViolation> violations, String message) {
		super(violations.get(0).field(), message);
		this.violations = List.copyOf(violations);
	}

	public List<FormViolation> violations() {
		return this.violations;
	}

	/** The violations in one line: {@code field: message; field: message}. */
	static String reasons(List<FormViolation> violations) {
		return violations.stream().map((v) -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
	}

}
