package org.taawun.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import static org.taawun.form.FieldChecks.*;

/**
 * Validates what a user submits for a task against the task's form, as the Tasklist would
 * in the browser and more: the types, the choices, the lengths and bounds, the rules the
 * form declares between its fields, and the {@link FormRule}s of the law.
 */
@Service
public class FormValidator {

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
	 * The fields of a submission that do not apply to the choice it makes (a refusal's
	 * reasons next to "no objection"): what they hold is no part of the answer.
	 * @param values what the user submitted
	 * @param variables what the task held before
	 */
	public Set<String> notApplying(FormSchema form, Map<String, Object> values, Map<String, Object> variables) {
		return form.inputs()
			.values()
			.stream()
			.filter((field) -> values.containsKey(field.key()) && field.properties().containsKey("requiredWhen"))
			.filter((field) -> !requiredByAnother(field, values, variables))
			.map(FormField::key)
			.collect(Collectors.toSet());
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
			if (field.required() || conditional || requiredForTheAnswer(field, values, variables)) {
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

	/** Puts field names among the arguments into the user's language. */
	private static Object[] localized(Object[] arguments, FormSchema form, Locale locale) {
		Object[] result = arguments.clone();
		for (int i = 0; i < result.length; i++) {
			if (result[i] instanceof FieldChecks.FieldName name) {
				result[i] = form.field(name.key()).map((field) -> field.label(locale.getLanguage())).orElse(name.key());
			}
			else if (result[i] instanceof LocalDate date) {
				result[i] = date.toString();
			}
		}
		return result;
	}

}
