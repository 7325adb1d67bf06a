package org.taawun.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checks of one field's value by its type: text lengths and pattern, number bounds,
 * dates and the dates they may not precede or follow, choices among the options.
 */
final class FieldChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FieldChecks() {
	}

	/**
	 * The user's value of a field: what they submitted, else what the task already holds.
	 */
	static Object valueOf(String key, Map<String, Object> values, Map<String, Object> variables) {
		return FormRule.valueOf(key, values, variables);
	}

	static boolean requiredByAnother(FormField field, Map<String, Object> values, Map<String, Object> variables) {
		String condition = field.properties().get("requiredWhen");
		if (condition == null) {
			return false;
		}
		String[] parts = condition.split("=", 2);
		return parts[1].equals(String.valueOf(valueOf(parts[0], values, variables)));
	}

	/**
	 * Whether a field that applies to every answer must be filled for the answer given:
	 * {@code requiredIf} names a field and the values that require it
	 * ({@code opinion=UNFAVOURABLE|RESERVED}: reasons for an opinion that is not
	 * favourable, notes kept for any opinion).
	 */
	static boolean requiredForTheAnswer(FormField field, Map<String, Object> values, Map<String, Object> variables) {
		String condition = field.properties().get("requiredIf");
		if (condition == null) {
			return false;
		}
		String[] parts = condition.split("=", 2);
		return Set.of(parts[1].split("\\|")).contains(String.valueOf(valueOf(parts[0], values, variables)));
	}

	static FormRule.Violation checkText(FormField field, Object value) {
		if (!(value instanceof String text)) {
			return wrongType(field);
		}
		if (field.maxLength() != null && text.length() > field.maxLength()) {
			return new FormRule.Violation(field.key(), "form.too-long", field.maxLength());
		}
		if (field.minLength() != null && text.strip().length() < field.minLength()) {
			return new FormRule.Violation(field.key(), "form.too-short", field.minLength());
		}
		if (field.pattern() != null && !Pattern.matches(field.pattern(), text)) {
			return new FormRule.Violation(field.key(), "form.pattern");
		}
		return null;
	}

	static FormRule.Violation checkNumber(FormField field, Object value) {
		if (!(value instanceof Number number)) {
			return wrongType(field);
		}
		double n = number.doubleValue();
		if (field.min() != null && n < field.min()) {
			return new FormRule.Violation(field.key(), "form.too-small", format(field.min()));
		}
		if (field.max() != null && n > field.max()) {
			return new FormRule.Violation(field.key(), "form.too-large", format(field.max()));
		}
		return null;
	}

	static FormRule.Violation checkDate(FormField field, Object value, Map<String, Object> values,
			Map<String, Object> variables, LocalDate today) {
		LocalDate date = date(value);
		if (date == null) {
			return new FormRule.Violation(field.key(), "form.not-a-date");
		}
		String notBefore = field.properties().get("notBefore");
		LocalDate earliest = reference(notBefore, values, variables, today);
		if (earliest != null && date.isBefore(earliest)) {
			return new FormRule.Violation(field.key(), "form.not-before", new FieldName(notBefore), earliest);
		}
		String after = field.properties().get("after");
		LocalDate limit = reference(after, values, variables, today);
		if (limit != null && !date.isAfter(limit)) {
			return new FormRule.Violation(field.key(), "form.after", new FieldName(after), limit);
		}
		if ("today".equals(field.properties().get("notAfter")) && date.isAfter(today)) {
			return new FormRule.Violation(field.key(), "form.not-in-future");
		}
		return null;
	}

	private static LocalDate reference(String name, Map<String, Object> values, Map<String, Object> variables,
			LocalDate today) {
		if (name == null) {
			return null;
		}
		return "today".equals(name) ? today : date(valueOf(name, values, variables));
	}

	static FormRule.Violation checkChoice(FormField field, Object value) {
		return options(field).contains(String.valueOf(value)) ? null
				: new FormRule.Violation(field.key(), "form.unknown-choice", String.join(", ", options(field)));
	}

	static FormRule.Violation checkChoices(FormField field, Object value) {
		Collection<?> chosen = list(value);
		if (chosen == null) {
			return wrongType(field);
		}
		if (field.required() && chosen.isEmpty()) {
			return new FormRule.Violation(field.key(), "form.required");
		}
		for (Object choice : chosen) {
			if (!options(field).contains(String.valueOf(choice))) {
				return new FormRule.Violation(field.key(), "form.unknown-choice", String.join(", ", options(field)));
			}
		}
		return null;
	}

	private static Set<String> options(FormField field) {
		return field.options()
			.stream()
			.map(FormField.Option::value)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** A list of choices: a Java list, or the JSON array the Tasklist submits. */
	static Collection<?> list(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection;
		}
		try {
			Object parsed = JSON.readValue(value.toString(), Object.class);
			return (parsed instanceof Collection<?> collection) ? collection : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	static LocalDate date(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> collection && collection.isEmpty());
	}

	static FormRule.Violation wrongType(FormField field) {
		return new FormRule.Violation(field.key(), "form.wrong-type");
	}

	private static String format(double number) {
		return (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
	}

	/** An argument naming another field (or a process variable), shown by its label. */
	record FieldName(String key) {
	}

}
