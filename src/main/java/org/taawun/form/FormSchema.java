package org.taawun.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON) as the server reads it: the same file the Tasklist
 * renders.
 *
 * @param components the form's components as the form lays them out, groups holding
 * theirs
 */
public record FormSchema(String id, List<FormField> components) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Reads a form-js document. */
	public static FormSchema parse(byte[] json) {
		try {
			JsonNode root = JSON.readTree(json);
			return new FormSchema(root.path("id").asText(), components(root.path("components")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a form-js document", ex);
		}
	}

	/**
	 * The form's fields, those of its groups among them: a group only lays them out,
	 * their values are the form's. A dynamic list is one field, whose entries hold its
	 * components.
	 */
	public List<FormField> fields() {
		List<FormField> fields = new ArrayList<>();
		collect(this.components, fields);
		return fields;
	}

	/** The fields a submission may set, by key: those of the form and of its groups. */
	public Map<String, FormField> inputs() {
		Map<String, FormField> inputs = new LinkedHashMap<>();
		fields().stream().filter(FormField::isInput).forEach((field) -> inputs.put(field.key(), field));
		return inputs;
	}

	/** A field of the form, or of the entries of one of its dynamic lists. */
	public Optional<FormField> field(String key) {
		return fields().stream()
			.flatMap((field) -> field.isDynamicList() ? Stream.concat(Stream.of(field), field.components().stream())
					: Stream.of(field))
			.filter((field) -> key.equals(field.key()))
			.findFirst();
	}

	private static void collect(List<FormField> components, List<FormField> fields) {
		for (FormField component : components) {
			if (FormField.GROUP.equals(component.type())) {
				collect(component.components(), fields);
			}
			else {
				fields.add(component);
			}
		}
	}

	private static List<FormField> components(JsonNode components) {
		List<FormField> result = new ArrayList<>();
		components.forEach((component) -> result.add(field(component)));
		return List.copyOf(result);
	}

	private static FormField field(JsonNode c) {
		Map<String, String> properties = strings(c.path("properties"));
		Map<String, String> labels = new LinkedHashMap<>();
		String label = c.hasNonNull("label") ? c.get("label").asText()
				: c.hasNonNull("dateLabel") ? c.get("dateLabel").asText() : c.path("text").asText(null);
		if (label != null) {
			labels.put("fr", label);
		}
		String arabic = properties.getOrDefault("label_ar", properties.get("text_ar"));
		if (arabic != null) {
			labels.put("ar", arabic);
		}
		JsonNode validate = c.path("validate");
		List<FormField.Option> options = new ArrayList<>();
		for (JsonNode value : c.path("values")) {
			String v = value.path("value").asText();
			Map<String, String> optionLabels = new LinkedHashMap<>();
			optionLabels.put("fr", value.path("label").asText(v));
			if (properties.containsKey("label_ar:" + v)) {
				optionLabels.put("ar", properties.get("label_ar:" + v));
			}
			options.add(new FormField.Option(v, optionLabels));
		}
		String type = c.path("type").asText();
		if (FormField.GROUP.equals(type) && !c.path("path").asText("").isEmpty()) {
			// a group with a path nests its values under it: no form of ours
			// needs that, and no process reads nested values
			throw new IllegalArgumentException("Group " + c.path("id").asText() + " has a path; groups only lay out");
		}
		String key = FormField.DYNAMIC_LIST.equals(type) ? c.path("path").asText(null)
				: c.hasNonNull("key") ? c.get("key").asText() : null;
		return new FormField(key, type, labels, validate.path("required").asBoolean(false),
				c.path("readonly").asBoolean(false), number(validate, "min"), number(validate, "max"),
				integer(validate, "minLength"), integer(validate, "maxLength"), validate.path("pattern").asText(null),
				List.copyOf(options), properties, components(c.path("components")),
				c.path("defaultRepetitions").asInt(1));
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> result = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			result.put(entry.getKey(), entry.getValue().asText());
		}
		return result;
	}

	private static Double number(JsonNode validate, String name) {
		return validate.hasNonNull(name) ? validate.get(name).asDouble() : null;
	}

	private static Integer integer(JsonNode validate, String name) {
		return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
	}

}
