package org.taawun.portal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.taawun.form.FormField;
import org.taawun.form.FormSchema;

/**
 * Turns what an HTML form posts (text only) into the values the form's validator and the
 * process expect: numbers, booleans, lists, and for a dynamic list the list of its
 * entries, posted as {@code delegationMembers[0].fullName}. A value that does not parse
 * is kept as typed so the validator names the field; an empty input is left out, as the
 * Tasklist does, and so is an entry left blank.
 */
final class FormInput {

	private FormInput() {
	}

	static Map<String, Object> values(FormSchema form, Map<String, String[]> posted) {
		return values(form.fields(), posted);
	}

	/**
	 * The values to show in a form that comes back with errors: what the user typed, as
	 * text; a dynamic list as its entries, numbered as the validator numbered them.
	 */
	static Map<String, Object> echo(FormSchema form, Map<String, String[]> posted) {
		Map<String, Object> shown = asTyped(posted);
		form.fields()
			.stream()
			.filter(FormField::isDynamicList)
			.forEach((list) -> shown.put(list.key(),
					entries(list, posted).values().stream().map(FormInput::asTyped).toList()));
		return shown;
	}

	private static Map<String, Object> values(List<FormField> fields, Map<String, String[]> posted) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : fields) {
			if (!field.isInput() || field.readonly()) {
				continue;
			}
			String[] raw = posted.getOrDefault(field.key(), new String[0]);
			Object value = switch (field.type()) {
				case "checkbox" -> Arrays.asList(raw).contains("true");
				case "checklist", "taglist" -> Arrays.stream(raw).filter((v) -> !v.isBlank()).toList();
				case "number" -> number(first(raw));
				case FormField.DYNAMIC_LIST ->
					entries(field, posted).values().stream().map((entry) -> values(field.components(), entry)).toList();
				default -> first(raw);
			};
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				values.put(field.key(), value);
			}
		}
		return values;
	}

	/**
	 * The entries of a dynamic list that hold something, in the order of their numbers,
	 * each with its inputs under their own keys.
	 */
	private static SortedMap<Integer, Map<String, String[]>> entries(FormField list, Map<String, String[]> posted) {
		Pattern name = Pattern.compile(Pattern.quote(list.key()) + "\\[(\\d{1,4})]\\.(.+)");
		SortedMap<Integer, Map<String, String[]>> entries = new TreeMap<>();
		posted.forEach((key, raw) -> {
			Matcher matcher = name.matcher(key);
			if (matcher.matches() && Arrays.stream(raw).anyMatch((v) -> !v.isBlank())) {
				entries.computeIfAbsent(Integer.valueOf(matcher.group(1)), (i) -> new LinkedHashMap<>())
					.put(matcher.group(2), raw);
			}
		});
		return entries;
	}

	/** The inputs as typed: one value, or the list of those ticked. */
	private static Map<String, Object> asTyped(Map<String, String[]> posted) {
		Map<String, Object> shown = new LinkedHashMap<>();
		posted.forEach((key, raw) -> shown.put(key, (raw.length == 1) ? raw[0] : List.of(raw)));
		return shown;
	}

	private static String first(String[] raw) {
		return (raw.length == 0 || raw[0].isBlank()) ? null : raw[0].strip();
	}

	private static Object number(String text) {
		if (text == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text.replace(',', '.'));
			if (number.stripTrailingZeros().scale() <= 0) {
				return number.intValueExact();
			}
			return number.doubleValue();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return text;
		}
	}

}
