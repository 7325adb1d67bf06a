package org.taawun.form;

import java.util.List;
import java.util.Map;

/**
 * One component of a form: an input with its key, a text shown to the user (no key), a
 * group of components (no key), or a dynamic list whose key is its path and whose value
 * is a list of entries, each holding the list's components.
 *
 * @param type the form-js type: textfield, textarea, number, datetime, checkbox, radio,
 * select, checklist, taglist, text, group, dynamiclist
 * @param labels the label by language ({@code fr} from the label, {@code ar} from the
 * custom property {@code label_ar})
 * @param options the choices of a radio, select, checklist or tag list, with their labels
 * by language
 * @param properties the component's custom properties, where the forms declare
 * cross-field rules: {@code requiredWhen} ({@code decision=REFUSE}: the field applies,
 * and is required, only then), {@code requiredIf} ({@code opinion=UNFAVOURABLE|RESERVED}:
 * the field applies to every answer and is required for those), {@code notBefore} and
 * {@code after} (another field, a process variable, or {@code today}), {@code notAfter}
 * ({@code today}), and for a dynamic list {@code minItems} (the fewest entries it takes)
 * @param components the components of a group or of each entry of a dynamic list
 * @param repetitions the entries a dynamic list shows before the user adds any
 */
public record FormField(String key, String type, Map<String, String> labels, boolean required, boolean readonly,
		Double min, Double max, Integer minLength, Integer maxLength, String pattern, List<Option> options,
		Map<String, String> properties, List<FormField> components, int repetitions) {

	public static final String GROUP = "group";

	public static final String DYNAMIC_LIST = "dynamiclist";

	public boolean isInput() {
		return this.key != null;
	}

	public boolean isDynamicList() {
		return DYNAMIC_LIST.equals(this.type);
	}

	/** The fewest entries a dynamic list takes. */
	public int minItems() {
		return Integer.parseInt(this.properties.getOrDefault("minItems", "0"));
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
