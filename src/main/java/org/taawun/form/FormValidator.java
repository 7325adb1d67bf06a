package org.taawun.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Validates what a user submits for a task against the task's form, as the Tasklist would
 * in the browser and more: the types, the choices, the lengths and bounds, the rules the
 * form declares between its fields, and the {@link FormRule}s of the law.
 */
@Service
public class FormValidator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MessageSource messages;

	private final List<FormRule> rules;

	FormValidator(MessageSource messages, List<FormRule> rules) {
		this.messages = messages;
		this.rules = rules;
	}

	/**
	 * The violations of the submitted values, in the user's language; empty when the
	 * submission is valid.
	 * @param values what the user submitted
	 * @param variables the task's variables, which cross-field rules may name (an
	 * approval date)
	 * @param today the legal day, for rules that refuse dates in the future
	 */
	public List<FormViolation> validate(FormSchema form, Map<String, Object> values, Map<String, Object> variables,
			LocalDate today, Locale locale) {
		List<FormRule.Violation> found = outside(form, values, variables);
		for (FormField field : form.fields()) {
			// a read-only field shows what the process already holds; the user changes
			// nothing there
			if (field.isInput() && !field.readonly()) {
				check(field, values, variables, today, found);
			}

		}
		if (found.isEmpty()) {
			this.rules.stream()
				.filter((rule) -> rule.forms().contains(form.id()))
				.forEach((rule) -> found.addAll(rule.check(values, variables)));
		}
		return inLanguage(found, form, locale);
	}

	/**
	 * What a submission sets that its form does not let the user set: a name the form
	 * does not declare, or a read-only field given another value than it holds.
	 * @param values what the user submitted
	 * @param variables what the task held before
	 */
	public List<FormViolation> outsideForm(FormSchema form, Map<String, Object> values, Map<String, Object> variables,
			Locale locale) {
		return inLanguage(outside(form, values, variables), form, locale);
	}

	private static List<FormRule.Violation> outside(FormSchema form, Map<String, Object> values,
			Map<String, Object> variables) {
		Map<String, FormField> inputs = form.inputs();
		List<FormRule.Violation> found = new ArrayList<>();
		values.forEach((key, value) -> {
			FormField field = inputs.get(key);
			if (field == null) {
				found.add(new FormRule.Violation(key, "form.undeclared"));
			}
			else if (field.readonly() && !Objects.equals(value, variables.get(key))) {
				found.add(new FormRule.Violation(key, "form.readonly"));
			}
		});
		return found;
	}

	private List<FormViolation> inLanguage(List<FormRule.Violation> found, FormSchema form, Locale locale) {
		return found.stream()
			.map((v) -> new FormViolation(v.field(),
					this.messages.getMessage(v.messageKey(), localized(v.arguments(), form, locale), v.messageKey(),
							locale)))
			.toList();
	}

	/**
	 * The user's value of a field: what they submitted, else what the task already holds.
	 */
	private static Object valueOf(String key, Map<String, Object> values, Map<String, Object> variables) {
		return values.containsKey(key) ? values.get(key) : variables.get(key);
	}

	private void check(FormField field, Map<String, Object> values, Map<String, Object> variables, LocalDate today,
			List<FormRule.Violation> found) {
		Object value = valueOf(field.key(), values, variables);
		boolean conditional = field.properties().containsKey("requiredWhen");
		if (conditional && !requiredByAnother(field, values, variables)) {
			// the field does not apply to the choice made: whatever it holds is not part
			// of it
			return;
		}
		if (field.isDynamicList()) {
			checkEntries(field, value, today, found);
			return;
		}
		if (isEmpty(value)) {
			if (field.required() || conditional) {
				found.add(new FormRule.Violation(field.key(), "form.required"));
			}
			return;
		}

		FormRule.Violation violation = switch (field.type()) {
			case "number" -> checkNumber(field, value);
			case "datetime" -> checkDate(field, value, values, variables, today);
			case "checkbox" -> (value instanceof Boolean) ? null : wrongType(field);
			case "radio", "select" -> checkChoice(field, value);
			case "checklist", "taglist" -> checkChoices(field, value);
			default -> checkText(field, value);
		};
		if (violation != null) {
			found.add(violation);
		}
	}

	/**
	 * A dynamic list: enough entries, each an object whose fields are checked as a form
	 * of their own; a violation names the entry ({@code delegationMembers[1].office}).
	 */
	private void checkEntries(FormField list, Object value, LocalDate today, List<FormRule.Violation> found) {
		Collection<?> entries = (value == null) ? List.of() : list(value);
		if (entries == null || !entries.stream().allMatch(Map.class::isInstance)) {
			found.add(wrongType(list));
			return;
		}
		if (entries.size() < list.minItems()) {
			found.add(new FormRule.Violation(list.key(), "form.too-few", list.minItems()));
			return;
		}
		int index = 0;
		for (Object entry : entries) {
			@SuppressWarnings("unchecked")
			Map<String, Object> fields = (Map<String, Object>) entry;
			String prefix = list.key() + "[" + index++ + "].";
			for (FormField field : list.components()) {
				if (field.isInput() && !field.readonly()) {
					List<FormRule.Violation> inEntry = new ArrayList<>();
					check(field, fields, Map.of(), today, inEntry);
					inEntry.forEach((v) -> found
						.add(new FormRule.Violation(prefix + v.field(), v.messageKey(), v.arguments())));
				}
			}
		}
	}

	private static boolean requiredByAnother(FormField field, Map<String, Object> values,
			Map<String, Object> variables) {
		String condition = field.properties().get("requiredWhen");
		if (condition == null) {
			return false;
		}
		String[] parts = condition.split("=", 2);
		return parts[1].equals(String.valueOf(valueOf(parts[0], values, variables)));
	}

	private static FormRule.Violation checkText(FormField field, Object value) {
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

	private static FormRule.Violation checkNumber(FormField field, Object value) {
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

	private static FormRule.Violation checkDate(FormField field, Object value, Map<String, Object> values,
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

	private static FormRule.Violation checkChoice(FormField field, Object value) {
		return options(field).contains(String.valueOf(value)) ? null
				: new FormRule.Violation(field.key(), "form.unknown-choice", String.join(", ", options(field)));
	}

	private static FormRule.Violation checkChoices(FormField field, Object value) {
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
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** A list of choices: a Java list, or the JSON array the Tasklist submits. */
	private static Collection<?> list(Object value) {
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

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> collection && collection.isEmpty());
	}

	private static FormRule.Violation wrongType(FormField field) {
		return new FormRule.Violation(field.key(), "form.wrong-type");
	}

	private static String format(double number) {
		return (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
	}

	/** Puts field names among the arguments into the user's language. */
	private static Object[] localized(Object[] arguments, FormSchema form, Locale locale) {
		Object[] result = arguments.clone();
		for (int i = 0; i < result.length; i++) {
			if (result[i] instanceof FieldName name) {
				result[i] = form.field(name.key()).map((field) -> field.label(locale.getLanguage())).orElse(name.key());
			}
			else if (result[i] instanceof LocalDate date) {
				result[i] = date.toString();
			}
		}
		return result;
	}

	/** An argument naming another field (or a process variable), shown by its label. */
	private record FieldName(String key) {
	}

}
