package org.taawun.form;

import java.util.List;
import java.util.Map;

/**
 * One component of a form: an input with its key, or a text shown to the user (no key).
 *
 * @param type the form-js type: textfield, textarea, number, datetime, checkbox, radio,
 * select, checklist, taglist, text
 * @param labels the label by language ({@code fr} from the label, {@code ar} from the
 * custom property {@code label_ar})
 * @param options the choices of a radio, select, checklist or tag list, with their labels
 * by language
 * @param properties the component's custom properties, where the forms declare
 * cross-field rules: {@code requiredWhen} ({@code decision=REFUSE}: the field applies,
 * and is required, only then), {@code notBefore} and {@code after} (another field, a
 * process variable, or {@code today}), {@code notAfter} ({@code today})
 *
 */
public record FormField(String key, String type, Map<String, String> labels, boolean required, boolean readonly,
		Double min, Double max, Integer minLength, Integer maxLength, String pattern, List<Option> options,
		Map<String, String> properties) {

	public boolean isInput() {
		return this.key != null;
	}

	/** The label in the language, falling back to French. */
	public String label(String language) {
		return this.labels.getOrDefault(language, this.labels.getOrDefault("fr", this.key));
	}

	/** A choice of a radio, select, checklist or tag list. */
	public record Option(String value, Map<String, String> labels) {

		public String label(String language) {
			return this.labels.getOrDefault(language, this.labels.getOrDefault("fr", this.value));
		}

	}

}
