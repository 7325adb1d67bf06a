package org.taawun.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.taawun.workflow.model.ActFields;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.ApprovalTn;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.model.UndeliverableMail;
import org.taawun.workflow.model.VisitOrDelegation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's vocabulary stays in {@code workflow}: no other package and no template
 * spells a process key, a task or event id, a message name or a variable name; features
 * hand the engine typed records and {@code workflow} maps them.
 */
class VocabularyTest {

	/**
	 * Words the processes borrowed from the product's own fields: a draft's jurisdiction
	 * and legal basis, its authority, its partner's address as an import column and a
	 * form field, a visit request's dates. Spelled elsewhere they name those fields.
	 */
	private static final Set<String> OWN_FIELDS = Set.of("jurisdiction", "legalBasis", "authority", "partnerEmail",
			"departureDate", "returnDate");

	private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

	private static final Pattern TEMPLATE_LITERAL = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)'");

	private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

	private static final Pattern ELEMENT = Pattern
		.compile("<bpmn:(?!process|sequenceFlow|definitions|collaboration|participant)\\w+ id=\"([^\"]+)\"");

	private static final Pattern MESSAGE = Pattern.compile("<bpmn:message id=\"[^\"]+\" name=\"([^\"]+)\"");

	@Test
	void noProcessTaskMessageOrVariableNameIsSpelledOutsideWorkflow() throws Exception {
		Set<String> vocabulary = vocabulary();
		assertThat(vocabulary).contains(AgreementLifecycle.KEY, AgreementLifecycle.Tasks.CHECK_ELIGIBILITY,
				AgreementLifecycle.Vars.AGREEMENT_ID, ActFields.SESSION_DATE, "eligibilityDecision");

		Map<String, Set<String>> spelled = new TreeMap<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/taawun"))) {
			sources.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.startsWith(Path.of("src/main/java/org/taawun/workflow")))
				.forEach((file) -> find(file, JAVA_LITERAL, vocabulary, spelled));
		}
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter((file) -> file.toString().endsWith(".html"))
				.forEach((file) -> find(file, TEMPLATE_LITERAL, vocabulary, spelled));
		}
		assertThat(spelled).as("engine names spelled outside workflow, by file").isEmpty();
	}

	/**
	 * The names the models and {@code workflow} define: every process key, element id and
	 * message name of {@code bpmn/}, every field key of {@code forms/}, and every
	 * variable name {@code workflow} declares.
	 */
	private static Set<String> vocabulary() throws Exception {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			for (Path model : models.filter((file) -> file.toString().endsWith(".bpmn")).toList()) {
				String xml = Files.readString(model);
				for (Pattern pattern : List.of(PROCESS, ELEMENT, MESSAGE)) {
					pattern.matcher(xml).results().forEach((match) -> names.add(match.group(1)));
				}
			}
		}
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter((file) -> file.toString().endsWith(".form")).toList()) {
				json.readTree(form.toFile()).findValues("key").stream().map(JsonNode::asText).forEach(names::add);
			}
		}
		for (Class<?> holder : List.of(AgreementLifecycle.Vars.class, VisitOrDelegation.Vars.class,
				ProjectOrDonation.Vars.class, IssueDocument.Vars.class, UndeliverableMail.Vars.class,
				ApprovalTn.Vars.class, ActFields.class)) {
			names.addAll(constants(holder));
		}
		names.removeAll(OWN_FIELDS);
		return names;
	}

	private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
		Set<String> values = new HashSet<>();
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				field.setAccessible(true);
				values.add((String) field.get(null));
			}
		}
		return values;
	}

	private static void find(Path file, Pattern literal, Set<String> vocabulary, Map<String, Set<String>> spelled) {
		try {
			Matcher matcher = literal.matcher(Files.readString(file));
			while (matcher.find()) {
				if (vocabulary.contains(matcher.group(1))) {
					spelled.computeIfAbsent(file.toString(), (f) -> new TreeSet<>()).add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
