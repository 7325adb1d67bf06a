package org.taawun.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

import org.taawun.support.DueJobs;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what, on every route of our API and the key routes of the engine's
 * REST API: each row is a route, each column a demo user (or nobody), and each line of a
 * row the status that user gets for an agreement of Gafsa (Tunisia) or of Oran (Algeria).
 * Where a user is refused, the answer must not carry the agreement's reference, title,
 * partner address or process ids. Both agreements wait at their first task, offered to
 * their secretariat: not yet referred to any ministry, which therefore does not see them
 * (the register of an authority shows a ministry the files referred to it, here those of
 * the demo data).
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

	private static final Logger log = LoggerFactory.getLogger(AccessMatrixIT.class);

	/** The columns of every row. */
	private static final List<String> USERS = List.of("sec.gafsa", "sec.oran", "wali.oran", "miclat", "mfa.tn", "admin",
			"anonymous");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	private final Map<String, Target> targets = new LinkedHashMap<>();

	@BeforeAll
	void twoAgreementsAtTheirFirstTask() {
		this.targets.put("gafsa", draft("sec.gafsa", "TN", "gafsa", "Konya", "TR"));
		this.targets.put("oran", draft("sec.oran", "DZ", "oran", "Lyon", "FR"));
		DueJobs.run(this.management);
		this.targets.replaceAll((name, target) -> target.withDocument(firstDocument(target)));
	}

	@Test
	void answersEachUserOnlyWhatTheirRoleAllows() {
		List<Row> table = List.of(
		// @formatter:off
			//                                                         sec.gafsa sec.oran wali.oran miclat mfa.tn admin anonymous
			row("GET  /api/agreements (list)", "GET", (t) -> "/api/agreements?size=200", list(),
					"gafsa: 200+ 200- 200- 200- 200- 200+ 401",
					"oran:  200- 200+ 200+ 200+ 200- 200+ 401"),
			row("GET  /api/agreements/{id}", "GET", (t) -> "/api/agreements/" + t.id(), one(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  200  200  404  200  401"),
			row("GET  /api/agreements/{id}/documents", "GET", (t) -> "/api/agreements/" + t.id() + "/documents", none(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  200  200  404  200  401"),
			row("GET  /api/agreements/{id}/messages", "GET", (t) -> "/api/agreements/" + t.id() + "/messages", none(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  200  200  404  200  401"),
			row("GET  /api/documents/{id}", "GET", (t) -> "/api/documents/" + t.documentId(), none(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  200  200  404  200  401"),
			row("GET  /api/authorities/{code}/register", "GET", (t) -> "/api/authorities/" + t.authority() + "/register",
					none(),
					"gafsa: 200  404  404  404  200  200  401",
					"oran:  404  200  200  200  404  200  401"),
			row("POST /api/agreements/{id}/visits", "POST", (t) -> "/api/agreements/" + t.id() + "/visits", none(),
					"gafsa: 409  404  404  404  404  403  401",
					"oran:  404  409  403  403  404  403  401"),
			row("GET  /api/tasks (list)", "GET", (t) -> "/api/tasks", taskList(),
					"gafsa: 200+ 200- 200- 200- 200- 200- 401",
					"oran:  200- 200+ 200- 200- 200- 200- 401"),
			row("GET  /api/tasks/{id}", "GET", (t) -> "/api/tasks/" + t.taskId(), none(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  404  404  404  200  401"),
			row("POST /api/tasks/{id}/complete (empty form)", "POST", (t) -> "/api/tasks/" + t.taskId() + "/complete",
					none(),
					"gafsa: 400  404  404  404  404  400  401",
					"oran:  404  400  404  404  404  400  401"),
			row("POST /api/tasks/{id}/claim", "POST", (t) -> "/api/tasks/" + t.taskId() + "/claim", none(),
					"gafsa: 204  404  404  404  404  204  401",
					"oran:  404  204  404  404  404  204  401"),
			row("GET  /api/documents/verify/{sha256} (public)", "GET",
					(t) -> "/api/documents/verify/" + t.fingerprint(), none(),
					"gafsa: 200  200  200  200  200  200  200",
					"oran:  200  200  200  200  200  200  200"),
			row("GET  /engine-rest/task?processInstanceBusinessKey", "GET",
					(t) -> "/engine-rest/task?processInstanceBusinessKey=" + t.reference(), engineList(),
					"gafsa: 200+ 200- 200- 200- 200- 200+ 401",
					"oran:  200- 200+ 200- 200- 200- 200+ 401"),
			row("GET  /engine-rest/task/{id}", "GET", (t) -> "/engine-rest/task/" + t.taskId(), none(),
					"gafsa: 200  404  404  404  404  200  401",
					"oran:  404  200  404  404  404  200  401"),
			row("GET  /engine-rest/task/{id}/variables", "GET", (t) -> "/engine-rest/task/" + t.taskId() + "/variables",
					none(),
					"gafsa: 200  403  403  403  403  200  401",
					"oran:  403  200  403  403  403  200  401"),
			row("POST /engine-rest/task/{id}/claim", "POST", (t) -> "/engine-rest/task/" + t.taskId() + "/claim",
					none(),
					"gafsa: 204  403  403  403  403  204  401",
					"oran:  403  204  403  403  403  204  401"),
			row("GET  /engine-rest/process-instance?businessKey", "GET",
					(t) -> "/engine-rest/process-instance?businessKey=" + t.reference(), engineList(),
					"gafsa: 200- 200- 200- 200- 200- 200+ 401",
					"oran:  200- 200- 200- 200- 200- 200+ 401"),
			row("GET  /engine-rest/process-instance/{id}/variables", "GET",
					(t) -> "/engine-rest/process-instance/" + t.processInstanceId() + "/variables", none(),
					"gafsa: 403  403  403  403  403  200  401",
					"oran:  403  403  403  403  403  200  401"),
			row("GET  /engine-rest/history/process-instance", "GET",
					(t) -> "/engine-rest/history/process-instance?processInstanceBusinessKey=" + t.reference(),
					engineList(),
					"gafsa: 200- 200- 200- 200- 200- 200+ 401",
					"oran:  200- 200- 200- 200- 200- 200+ 401"),
			row("GET  /engine-rest/deployment", "GET", (t) -> "/engine-rest/deployment?name=taawun", deployments(),
					"gafsa: 200- 200- 200- 200- 200- 200+ 401",
					"oran:  200- 200- 200- 200- 200- 200+ 401"),
			row("POST /engine-rest/authorization/create", "POST", (t) -> "/engine-rest/authorization/create", none(),
					"gafsa: 403  403  403  403  403  200  401",
					"oran:  403  403  403  403  403  200  401"));
		// @formatter:on

		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (Row row : table) {
			for (Map.Entry<String, Expectation[]> line : row.lines().entrySet()) {
				Target target = this.targets.get(line.getKey());
				for (int column = 0; column < USERS.size(); column++) {
					cells++;
					String user = USERS.get(column);
					Expectation expected = line.getValue()[column];
					ResponseEntity<String> answer = call(row, target, user);
					String problem = check(row, target, expected, answer);
					if (problem != null) {
						mismatches.add("%s as %s on %s: %s".formatted(row.name(), user, line.getKey(), problem));
					}
					undo(row, target, user, answer);
				}
			}
		}
		log.info("Access matrix: {} routes x {} users x {} agreements = {} cells", table.size(), USERS.size(),
				this.targets.size(), cells);
		assertThat(cells).isEqualTo(table.size() * USERS.size() * this.targets.size());
		assertThat(mismatches).as("cells that answered otherwise than the table says").isEmpty();
	}

	private ResponseEntity<String> call(Row row, Target target, String user) {
		TestRestTemplate client = user.equals("anonymous") ? this.rest : this.rest.withBasicAuth(user, "demo");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = switch (row.name()) {
			case "POST /api/agreements/{id}/visits" ->
				"{\"direction\":\"OUTGOING\",\"purpose\":\"Formation\",\"departureDate\":\"2030-01-10\",\"returnDate\":\"2030-01-12\"}";
			case "POST /engine-rest/task/{id}/claim" -> "{\"userId\":\"" + user + "\"}";
			case "POST /engine-rest/authorization/create" -> "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\""
					+ user + "\",\"resourceType\":8,\"resourceId\":\"" + target.processInstanceId() + "\"}";
			default -> "{}";
		};
		return client.exchange(row.path().apply(target), HttpMethod.valueOf(row.method()),
				row.method().equals("GET") ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers), String.class);
	}

	/** What is wrong with the answer, or null. */
	private static String check(Row row, Target target, Expectation expected, ResponseEntity<String> answer) {
		int status = answer.getStatusCode().value();
		String body = (answer.getBody() != null) ? answer.getBody() : "";
		if (status != expected.status()) {
			return "expected %d, got %d %s".formatted(expected.status(), status,
					body.substring(0, Math.min(body.length(), 200)));
		}
		boolean shows = (expected.sees() != null) ? expected.sees() : status / 100 == 2;
		for (String marker : row.marker().apply(target)) {
			if (shows != body.contains(marker)) {
				return (shows ? "the answer lacks " : "the answer shows ") + marker;
			}
		}
		boolean refused = status == 401 || status == 403 || status == 404 || expected.sees() == Boolean.FALSE;
		for (String secret : refused ? target.secrets() : List.<String>of()) {
			// an id the caller sent may come back in the refusal: it tells them nothing
			// new
			if (body.contains(secret) && !row.path().apply(target).contains(secret)) {
				return "the answer leaks " + secret;
			}
		}
		return null;
	}

	/** Gives back a task claimed by a cell, so that the next cell finds it as it was. */
	private void undo(Row row, Target target, String user, ResponseEntity<String> answer) {
		if (row.name().contains("claim") && answer.getStatusCode().is2xxSuccessful()) {
			this.tasks.setAssignee(target.taskId(), null);
		}
	}

	private Target draft(String secretary, String jurisdiction, String authority, String city, String country) {
		String body = """
				{"jurisdiction":"%s","localAuthority":"%s","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة %s","titleFr":"Jumelage %s – %s matrice",
				 "partner":{"name":"Ville de %s","city":"%s","country":"%s",
				            "email":"matrice.%s@partner.example","language":"fr"},
				 "fields":["CULTURE"]}""".formatted(jurisdiction, authority, authority, authority, city, city, city,
				country, authority);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		JsonNode created = this.rest.withBasicAuth(secretary, "demo")
			.postForObject("/api/agreements", new HttpEntity<>(body, headers), JsonNode.class);
		String reference = created.get("reference").asText();
		String processInstanceId = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("AgreementLifecycle")
			.singleResult()
			.getId();
		String taskId = this.tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
		return new Target(authority, created.get("id").asLong(), reference,
				"Jumelage " + authority + " – " + city + " matrice", "matrice." + authority + "@partner.example",
				processInstanceId, taskId, 0, "");
	}

	private JsonNode firstDocument(Target target) {
		return this.rest.withBasicAuth("admin", "demo")
			.getForObject("/api/agreements/{id}/documents", JsonNode.class, target.id())
			.get(0);
	}

	private static Row row(String name, String method, Function<Target, String> path,
			Function<Target, List<String>> marker, String... lines) {
		Map<String, Expectation[]> parsed = new LinkedHashMap<>();
		for (String line : lines) {
			String[] cells = line.trim().split("\\s+");
			Expectation[] expectations = Arrays.stream(cells)
				.skip(1)
				.map(Expectation::parse)
				.toArray(Expectation[]::new);
			assertThat(expectations).as("a cell per user in %s", name).hasSameSizeAs(USERS);
			parsed.put(cells[0].replace(":", ""), expectations);
		}
		return new Row(name, method, path, marker, parsed);
	}

	/**
	 * What shows that an answer is about the agreement: for its own page, its reference.
	 */
	private static Function<Target, List<String>> one() {
		return (t) -> List.of(t.reference());
	}

	private static Function<Target, List<String>> list() {
		return (t) -> List.of(t.reference());
	}

	private static Function<Target, List<String>> taskList() {
		return (t) -> List.of(t.taskId());
	}

	private static Function<Target, List<String>> engineList() {
		return (t) -> List.of(t.processInstanceId());
	}

	private static Function<Target, List<String>> deployments() {
		return (t) -> List.of("\"name\":\"taawun\"");
	}

	private static Function<Target, List<String>> none() {
		return (t) -> List.of();
	}

	/** An agreement the cells ask about, and what of it no outsider may read. */
	private record Target(String authority, long id, String reference, String titleFr, String partnerEmail,
			String processInstanceId, String taskId, long documentId, String fingerprint) {

		Target withDocument(JsonNode document) {
			return new Target(this.authority, this.id, this.reference, this.titleFr, this.partnerEmail,
					this.processInstanceId, this.taskId, document.get("id").asLong(),
					document.get("fingerprint").asText());
		}

		List<String> secrets() {
			return List.of(this.reference, this.titleFr, this.partnerEmail, this.processInstanceId);
		}

	}

	private record Row(String name, String method, Function<Target, String> path, Function<Target, List<String>> marker,
			Map<String, Expectation[]> lines) {
	}

	/**
	 * A cell: the status, and for a list whether it shows the agreement ({@code 200+}) or
	 * not ({@code 200-}).
	 */
	private record Expectation(int status, Boolean sees) {

		static Expectation parse(String cell) {
			Boolean sees = cell.endsWith("+") ? Boolean.TRUE : cell.endsWith("-") ? Boolean.FALSE : null;
			return new Expectation(Integer.parseInt(cell.replaceAll("[+-]", "")), sees);
		}

	}

}
