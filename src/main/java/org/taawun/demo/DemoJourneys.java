package org.taawun.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;

/**
 * The live files of the example portfolio that their users carry on after the import, so
 * that every demo user finds work; written down in {@code demo/journeys.json}, each step
 * a task its user completes with what that user would type ({@code {today}} and
 * {@code {year}} stand for the demo's day and year).
 */
final class DemoJourneys {

	private DemoJourneys() {
	}

	static List<Journey> read(ObjectMapper json) {
		try (InputStream in = new ClassPathResource("demo/journeys.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<Journey>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An imported file, by its authority and key, and the steps its users take. */
	record Journey(String about, String authority, String key, List<Step> steps) {
	}

	/** A task a user completes, with the values of its form. */
	record Step(String user, String task, Map<String, Object> values) {
	}

}
