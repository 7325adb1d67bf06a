package org.taawun.workflow.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Process variables as the rest of the application reads them, and back. What a form
 * holds as a list (a checklist, a tag list, the entries of a dynamic list) the engine
 * keeps as a JSON variable, as the Tasklist does; outside this package it is plain lists
 * and maps.
 */
public final class PlainValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PlainValues() {
	}

	/** The variables with their JSON values read into lists and maps. */
	public static Map<String, Object> of(Map<String, Object> variables) {
		Map<String, Object> plain = new LinkedHashMap<>();
		variables.forEach((name, value) -> plain.put(name, of(value)));
		return plain;
	}

	public static Object of(Object value) {
		if (value instanceof SpinJsonNode json) {
			try {
				return JSON.readValue(json.toString(), Object.class);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("A JSON variable that is not JSON", ex);
			}
		}
		return value;
	}

	/** A value to hand the engine: lists and maps as a JSON variable. */
	public static Object engine(Object value) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				TypedValue json = SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
				return json;
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(ex);
			}
		}
		return value;
	}

	/** Values to hand the engine. */
	public static Map<String, Object> engine(Map<String, Object> values) {
		Map<String, Object> result = new LinkedHashMap<>();
		values.forEach((name, value) -> result.put(name, engine(value)));
		return result;
	}

}
