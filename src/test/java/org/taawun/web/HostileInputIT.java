package org.taawun.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.DueJobs;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Careless and hostile input on every write route, and on the reads that take what a user
 * types: each case answers a 4xx {@code application/problem+json} that names what is
 * wrong, in French or in Arabic, and the database is exactly as before. Names in Arabic,
 * Turkish and French, and markup in them, are stored and given back exactly as written.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	private static final Logger log = LoggerFactory.getLogger(HostileInputIT.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String VALID = """
			{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
			 "titleAr":"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو","titleFr":"Jumelage Gafsa – Selçuklu",
			 "partner":{"name":"Selçuklu Belediyesi","city":"Konya","country":"TR",
			            "email":"dis.iliskiler@selcuklu.bel.tr","language":"tr"},
			 "fields":["CULTURE"]}""";

	private static final String VISIT = """
			{"direction":"OUTGOING","purpose":"Formation","departureDate":"2030-01-10","returnDate":"2030-01-12"}""";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private IdentityService identity;

	private long agreement;

	private String taskId;

	@BeforeAll
	void anAgreementOfGafsaAtItsFirstTask() {
		JsonNode created = send("sec.gafsa", "POST", "/api/agreements", VALID, "application/json", "fr").getBody();
		this.agreement = created.get("id").asLong();
		this.taskId = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(created.get("reference").asText())
			.singleResult()
			.getId();
	}

	@Test
	void refusesEveryBadInputWithAProblemAndWritesNothing() {
		String agreements = "/api/agreements";
		String visits = "/api/agreements/" + this.agreement + "/visits";
		String projects = "/api/agreements/" + this.agreement + "/projects";
		String complete = "/api/tasks/" + this.taskId + "/complete";
		List<Case> corpus = List.of(
		// @formatter:off
			// malformed bodies
			post("empty body", agreements, "", 400, null),
			post("not JSON", agreements, "{\"jurisdiction\":", 400, null),
			post("a JSON array", agreements, "[]", 400, null),
			post("a JSON string", agreements, "\"agreement\"", 400, null),
			post("JSON with a trailing comma", agreements, "{\"jurisdiction\":\"TN\",}", 400, null),
			new Case("plain text, not JSON", "POST", agreements, VALID, "text/plain", "fr", 415, null),
			new Case("XML", "POST", agreements, "<agreement/>", "application/xml", "fr", 415, null),
			post("oversized body (2 MB)", agreements, VALID.replace("Jumelage Gafsa", "x".repeat(2_000_000)), 413,
					null),
			// empty and missing fields
			post("empty object", agreements, "{}", 400, "titleFr"),
			post("titleFr missing", agreements, without(VALID, "titleFr"), 400, "titleFr"),
			post("titleAr empty", agreements, with(VALID, "titleAr", ""), 400, "titleAr"),
			post("titleFr blank", agreements, with(VALID, "titleFr", "   "), 400, "titleFr"),
			post("partner missing", agreements, without(VALID, "partner"), 400, "partner"),
			post("partner name empty", agreements, withPartner("name", ""), 400, "partner.name"),
			post("partner city missing", agreements, withPartner("city", null), 400, "partner.city"),
			post("fields empty", agreements, with(VALID, "fields", List.of()), 400, "fields"),
			// over-long text
			post("titleFr of 501 characters", agreements, with(VALID, "titleFr", "é".repeat(501)), 400, "titleFr"),
			post("titleAr of 10,000 characters", agreements, with(VALID, "titleAr", "ق".repeat(10_000)), 400,
					"titleAr"),
			post("partner name of 201 characters", agreements, withPartner("name", "ş".repeat(201)), 400,
					"partner.name"),
			post("partner city of 121 characters", agreements, withPartner("city", "K".repeat(121)), 400,
					"partner.city"),
			post("partner email of 300 characters", agreements, withPartner("email", "a".repeat(290) + "@x.example"),
					400, "partner.email"),
			// wrong types
			post("jurisdiction as a number", agreements, with(VALID, "jurisdiction", 42), 400, "jurisdiction"),
			post("titleFr as an object", agreements, with(VALID, "titleFr", Map.of("fr", "x")), 400, "titleFr"),
			post("fields as a string", agreements, with(VALID, "fields", "CULTURE"), 400, "fields"),
			post("partner as a string", agreements, with(VALID, "partner", "Selçuklu"), 400, "partner"),
			// unknown enum values
			post("unknown jurisdiction", agreements, with(VALID, "jurisdiction", "LY"), 400, "jurisdiction"),
			post("unknown instrument", agreements, with(VALID, "instrument", "ALLIANCE"), 400, "instrument"),
			post("unknown field of cooperation", agreements, with(VALID, "fields", List.of("SPACE")), 400, "fields"),
			post("unknown legal basis", agreements, with(VALID, "legalBasis", "CODE_1975"), 400, "legalBasis"),
			post("legal basis of the other country", agreements, with(VALID, "legalBasis", "DZ_DECREE_17_329"), 400,
					"legalBasis"),
			// invalid ISO codes
			post("country XX", agreements, withPartner("country", "XX"), 400, "partner.country"),
			post("country in three letters", agreements, withPartner("country", "TUR"), 400, "partner.country"),
			post("country in lower case", agreements, withPartner("country", "tr"), 400, "partner.country"),
			post("country with a zero-width space", agreements, withPartner("country", "T\u200BR"), 400,
					"partner.country"),
			post("language by name", agreements, withPartner("language", "turkish"), 400, "partner.language"),
			post("language xx", agreements, withPartner("language", "xx"), 400, "partner.language"),
			post("language in upper case", agreements, withPartner("language", "TR"), 400, "partner.language"),
			// invalid email
			post("email without @", agreements, withPartner("email", "selcuklu.bel.tr"), 400, "partner.email"),
			post("email without a domain", agreements, withPartner("email", "dis@selcuklu"), 400, "partner.email"),
			post("email with a space", agreements, withPartner("email", "dis iliskiler@selcuklu.bel.tr"), 400,
					"partner.email"),
			post("email with two @", agreements, withPartner("email", "dis@@selcuklu.bel.tr"), 400, "partner.email"),
			post("email with a zero-width space", agreements, withPartner("email", "dis\u200B@selcuklu.bel.tr"), 400,
					"partner.email"),
			post("email with a right-to-left override", agreements,
					withPartner("email", "dis@selcuklu\u202Ert.leb.tr"), 400, "partner.email"),
			// identifiers with direction overrides, invisible characters, paths
			post("authority with a right-to-left override", agreements, with(VALID, "localAuthority", "gafsa\u202E"),
					400, "localAuthority"),
			post("authority with a zero-width joiner", agreements, with(VALID, "localAuthority", "gaf\u200Dsa"), 400,
					"localAuthority"),
			post("authority as a path", agreements, with(VALID, "localAuthority", "../../etc/passwd"), 400,
					"localAuthority"),
			post("another authority's agreement", agreements, with(VALID, "localAuthority", "sfax"), 403, null),
			// a visit: dates and choices
			post("visit: return before departure", visits,
					VISIT.replace("\"returnDate\":\"2030-01-12\"", "\"returnDate\":\"2030-01-08\""), 400, "returnDate"),
			post("visit: impossible date", visits, VISIT.replace("2030-01-10", "2030-13-45"), 400, "departureDate"),
			post("visit: a word for a date", visits, VISIT.replace("2030-01-10", "tomorrow"), 400, "departureDate"),
			post("visit: unknown direction", visits, VISIT.replace("OUTGOING", "SIDEWAYS"), 400, "direction"),
			post("visit: purpose of 5,000 characters", visits, VISIT.replace("Formation", "f".repeat(5000)), 400,
					"purpose"),
			post("visit: empty", visits, "{}", 400, "purpose"),
			// a project
			post("project: unknown kind", projects, "{\"kind\":\"BRIBE\",\"title\":\"Bibliothèque\"}", 400, "kind"),
			post("project: empty title", projects, "{\"kind\":\"PROJECT\",\"title\":\"\"}", 400, "title"),
			// a task's form
			post("form: a choice it does not offer", complete, "{\"eligibilityDecision\":\"MAYBE\"}", 400,
					"eligibilityDecision"),
			post("form: a number for a text", complete,
					"{\"eligibilityDecision\":\"ELIGIBLE\",\"eligibilityNotes\":42}", 400, "eligibilityNotes"),
			post("form: a text over its limit", complete,
					"{\"eligibilityDecision\":\"ELIGIBLE\",\"eligibilityNotes\":\"" + "n".repeat(5000) + "\"}", 400,
					"eligibilityNotes"),
			post("form: a word for a checkbox", complete,
					"{\"eligibilityDecision\":\"ELIGIBLE\",\"partnerIsLocalAuthority\":\"yes\"}", 400,
					"partnerIsLocalAuthority"),
			post("form: an array for the whole form", complete, "[]", 400, null),
			post("form: not JSON", complete, "{eligibilityDecision}", 400, null),
			post("form: a task that does not exist", "/api/tasks/does-not-exist/complete",
					"{\"eligibilityDecision\":\"ELIGIBLE\"}", 404, null),
			// what users type into addresses
			get("agreement id that is not a number", "/api/agreements/abc", 400, "id"),
			get("unknown state filter", "/api/agreements?state=NOPE", 400, "state"),
			get("negative page", "/api/agreements?page=-1", 400, "page"),
			get("page size of 100,000", "/api/agreements?size=100000", 400, "size"),
			get("document id that is not a number", "/api/documents/abc", 400, "id"),
			get("document path traversal", "/api/documents/..%2F..%2Fetc%2Fpasswd", 400, null),
			get("authority path traversal", "/api/authorities/..%2F..%2Fetc/register", 400, null),
			get("fingerprint that is not hexadecimal", "/api/documents/verify/xyz", 400, "sha256"),
			get("fingerprint of 65 characters", "/api/documents/verify/" + "a".repeat(65), 400, "sha256"),
			// in Arabic
			new Case("Arabic: titleFr missing", "POST", agreements, without(VALID, "titleFr"), "application/json",
					"ar", 400, "titleFr"),
			new Case("Arabic: unknown country", "POST", agreements, withPartner("country", "XX"), "application/json",
					"ar", 400, "partner.country"),
			new Case("Arabic: return before departure", "POST", visits,
					VISIT.replace("\"returnDate\":\"2030-01-12\"", "\"returnDate\":\"2030-01-08\""), "application/json",
					"ar", 400, "returnDate"));
		// @formatter:on

		List<String> mismatches = new ArrayList<>();
		for (Case hostile : corpus) {
			Map<String, Long> before = counts();
			ResponseEntity<JsonNode> answer = send("sec.gafsa", hostile.method(), hostile.path(), hostile.body(),
					hostile.contentType(), hostile.language());
			String problem = check(hostile, answer);
			if (problem == null && !counts().equals(before)) {
				problem = "the database changed: " + before + " -> " + counts();
			}
			if (problem != null) {
				mismatches.add(hostile.name() + ": " + problem);
			}
		}
		log.info("Hostile input corpus: {} cases", corpus.size());
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
		assertThat(mismatches).as("cases answered otherwise").isEmpty();
	}

	@Test
	void keepsArabicTurkishFrenchAndMarkupExactlyAsWritten() {
		String titleAr = "اتفاقية توأمة بين بلدية ڨالمة وبلدية إسطنبول «المادة 40»";
		String titleFr = "<script>alert('Ç')</script> Jumelage « Île-d’Yeu » & Œuvres";
		String partner = "İstanbul Büyükşehir Belediyesi — Çağlayan ğ ş";
		String body = with(with(with(VALID, "titleAr", titleAr), "titleFr", titleFr), "partner", Map.of("name", partner,
				"city", "İstanbul", "country", "TR", "email", "dis@ibb.example", "language", "tr"));

		ResponseEntity<JsonNode> created = send("sec.gafsa", "POST", "/api/agreements", body, "application/json", "fr");

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode stored = send("sec.gafsa", "GET", "/api/agreements/" + created.getBody().get("id").asLong(), null,
				"application/json", "fr")
			.getBody();
		assertThat(stored.at("/titleAr").asText()).isEqualTo(titleAr);
		assertThat(stored.at("/titleFr").asText()).isEqualTo(titleFr);
		assertThat(stored.at("/partner/name").asText()).isEqualTo(partner);
	}

	@Test
	void printsMarkupInDocumentsAsTheTextItIs() throws Exception {
		String titleFr = "<script>alert('x')</script><b>Jumelage</b> & Co";
		JsonNode created = send("sec.gafsa", "POST", "/api/agreements", with(VALID, "titleFr", titleFr),
				"application/json", "fr")
			.getBody();
		DueJobs.run(this.management);
		long note = send("sec.gafsa", "GET", "/api/agreements/" + created.get("id").asLong() + "/documents", null,
				"application/json", "fr")
			.getBody()
			.get(0)
			.get("id")
			.asLong();

		byte[] pdf = this.rest.withBasicAuth("sec.gafsa", "demo").getForObject("/api/documents/" + note, byte[].class);

		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// printed as the text it is, wherever the line breaks
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
				.contains(titleFr.replaceAll("\\s+", ""));
		}
	}

	@Test
	void evaluatesNoExpressionSentToTheEngineRestApi() {
		ResponseEntity<String> answer = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity(
					java.net.URI.create(this.rest.getRootUri()
							+ "/engine-rest/task?assigneeExpression=%24%7Bexecution.getProcessEngineServices()%7D"),
					String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).contains("Expressions are forbidden");
	}

	@Test
	void makesTheNextLoginWaitAfterAWrongPassword() {
		User user = this.identity.newUser("throttled.user");
		user.setPassword("Sable-du-Sahara-1920");
		this.identity.saveUser(user);
		this.identity.createMembership("throttled.user", "secretariat-gafsa");
		assertThat(this.rest.withBasicAuth("throttled.user", "Sable-du-Sahara-1920")
			.getForEntity("/api/tasks", String.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		assertThat(this.rest.withBasicAuth("throttled.user", "wrong")
			.getForEntity("/api/tasks", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);

		// the engine's login delay: even the right password is refused for a few seconds
		assertThat(this.rest.withBasicAuth("throttled.user", "Sable-du-Sahara-1920")
			.getForEntity("/api/tasks", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
		assertThat(this.rest.withBasicAuth("throttled.user", "Sable-du-Sahara-1920")
			.getForEntity("/engine-rest/task", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	private String check(Case hostile, ResponseEntity<JsonNode> answer) {
		int status = answer.getStatusCode().value();
		if (status != hostile.status()) {
			return "expected %d, got %d %s".formatted(hostile.status(), status, answer.getBody());
		}
		MediaType type = answer.getHeaders().getContentType();
		if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
			return "answered as " + type;
		}
		JsonNode body = answer.getBody();
		if (body == null || body.path("detail").asText().isBlank() || body.path("status").asInt() != status) {
			return "no problem detail: " + body;
		}
		if (hostile.field() != null && body.path("errors")
			.findValuesAsText("field")
			.stream()
			.noneMatch((field) -> field.equals(hostile.field()) || field.startsWith(hostile.field() + "["))) {
			return "does not name " + hostile.field() + ": " + body;
		}
		if ("ar".equals(hostile.language()) && !body.toString().matches("(?s).*[\\u0600-\\u06FF].*")) {
			return "not in Arabic: " + body;
		}
		return null;
	}

	/** Rows of every table a write could touch. */
	private Map<String, Long> counts() {
		return Map.of("agreement", count("agreement"), "agreement_event", count("agreement_event"), "agreement_field",
				count("agreement_field"), "issued_document", count("issued_document"), "outbox_message",
				count("outbox_message"), "act_ru_execution", count("act_ru_execution"), "act_ru_task",
				count("act_ru_task"), "assigned tasks",
				this.jdbc.sql("select count(*) from act_ru_task where assignee_ is not null")
					.query(Long.class)
					.single());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private ResponseEntity<JsonNode> send(String user, String method, String path, String body, String contentType,
			String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(contentType));
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		ResponseEntity<String> answer = this.rest.withBasicAuth(user, "demo")
			.exchange(java.net.URI.create(this.rest.getRootUri() + path), HttpMethod.valueOf(method),
					new HttpEntity<>(body, headers), String.class);
		JsonNode parsed;
		try {
			parsed = (answer.getBody() != null) ? JSON.readTree(answer.getBody()) : null;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			parsed = JSON.getNodeFactory().textNode(answer.getBody());
		}
		return new ResponseEntity<>(parsed, answer.getHeaders(), answer.getStatusCode());
	}

	private static Case post(String name, String path, String body, int status, String field) {
		return new Case(name, "POST", path, body, "application/json", "fr", status, field);
	}

	private static Case get(String name, String path, int status, String field) {
		return new Case(name, "GET", path, null, "application/json", "fr", status, field);
	}

	private static String with(String json, String field, Object value) {
		try {
			var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
			node.set(field, JSON.valueToTree(value));
			return JSON.writeValueAsString(node);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String without(String json, String field) {
		try {
			var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
			node.remove(field);
			return JSON.writeValueAsString(node);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String withPartner(String field, Object value) {
		try {
			var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(VALID);
			var partner = (com.fasterxml.jackson.databind.node.ObjectNode) node.get("partner");
			if (value == null) {
				partner.remove(field);
			}
			else {
				partner.set(field, JSON.valueToTree(value));
			}
			return JSON.writeValueAsString(node);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** A bad input and the answer it must get. */
	private record Case(String name, String method, String path, String body, String contentType, String language,
			int status, String field) {
	}

}
