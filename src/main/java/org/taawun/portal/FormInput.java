package org.taawun.portal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taawun.form.FormField;
import org.taawun.form.FormSchema;

/**
 * Turns what an HTML form posts (text only) into the values the form's validator and the
 * process expect: numbers, booleans, lists. A value that does not parse is kept as typed
 * so the validator names the field; an empty input is left out, as the Tasklist does.
 */
final class FormInput {

	private FormInput() {
	}

	static Map<String, Object> values(FormSchema form, Map<String, String[]> posted) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			if (!field.isInput() || field.readonly()) {
				continue;
			}
			String[] raw = posted.getOrDefault(field.key(), new String[0]);
			Object value = switch (field.type()) {
				case "checkbox" -> Arrays.asList(raw).contains("true");
				case "checklist", "taglist" -> Arrays.stream(raw).filter((v) -> !v.isBlank()).toList();
				case "number" -> number(first(raw));
				default -> first(raw);
			};
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				values.put(field.key(), value);
			}
		}
		return values;
	}

	/**
	 * The values to show in a form that comes back with errors: what the user typed, as
	 * text.
	 */
	static Map<String, Object> echo(Map<String, String[]> posted) {
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
