package org.taawun.form;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule of the law that a form's schema cannot say, checked when the form is submitted
 * (the votes of a deliberation add up; the council does not vote inside the Tunisian
 * window).
 */
public interface FormRule {

	/** The ids of the forms the rule applies to. */
	Set<String> forms();

	/**
	 * Checks the submitted values, with the task's variables for context.
	 * @return the violations, each with a message key of {@code i18n/messages} and its
	 * arguments
	 */
	List<Violation> check(Map<String, Object> values, Map<String, Object> variables);

	/**
	 * The user's value of a field: what they submitted, else what the task already holds.
	 */
	static Object valueOf(String key, Map<String, Object> values, Map<String, Object> variables) {
		return values.containsKey(key) ? values.get(key) : variables.get(key);
	}

	/** A refused value, before its message is put in the user's language. */
	record Violation(String field, String messageKey, Object... arguments) {
	}

}
