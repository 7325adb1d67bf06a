package org.taawun.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON) as the server reads it: the same file the Tasklist
 * renders. Groups and dynamic lists are flattened into their inputs.
 */
public record FormSchema(String id, List<FormField> fields) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Reads a form-js document. */
	public static FormSchema parse(byte[] json) {
		try {
			JsonNode root = JSON.readTree(json);
			List<FormField> fields = new ArrayList<>();
			collect(root.path("components"), fields);
			return new FormSchema(root.path("id").asText(), List.copyOf(fields));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a form-js document", ex);
		}
	}

	public Optional<FormField> field(String key) {
		return this.fields.stream().filter((field) -> key.equals(field.key())).findFirst();
	}

	private static void collect(JsonNode components, List<FormField> fields) {
		for (JsonNode component : components) {
			if (component.has("components")) {
				collect(component.path("components"), fields);
			}
			else {
				fields.add(field(component));
			}
		}
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
		return new FormField(c.hasNonNull("key") ? c.get("key").asText() : null, type, labels,
				validate.path("required").asBoolean(false), c.path("readonly").asBoolean(false),
				number(validate, "min"), number(validate, "max"), integer(validate, "minLength"),
				integer(validate, "maxLength"), validate.path("pattern").asText(null), List.copyOf(options),
				properties);
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
