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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
 * Whose file a process is about never changes after its start, by any route: each row is
 * a way to write a variable (our API, the engine REST API's task, process instance and
 * execution variables, completion, form submission, resolution, a BPMN error thrown from
 * the task, a modification, a message), each column a user, and each row is tried with
 * every variable that says whose file it is, set to another authority's value. Every cell
 * must answer the status of the table and leave the register, our tables and the engine's
 * variables exactly as they were.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoseFileMatrixIT {

	private static final Logger log = LoggerFactory.getLogger(WhoseFileMatrixIT.class);

	private static final List<String> USERS = List.of("sec.gafsa", "sec.sfax", "mfa.tn", "admin");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private JdbcClient jdbc;

	private Files files;

	@BeforeAll
	void gafsaAtItsFirstTaskSfaxBesideItAndOranInForce() {
		DueJobs.run(this.management);
		this.files = gafsaAtItsFirstTask(draft("sec.sfax", "sfax", "Izmir"));
	}

	/** A new agreement of Gafsa at its first task, Sfax's beside it, Oran's in force. */
	private Files gafsaAtItsFirstTask(long sfax) {
		long gafsa = draft("sec.gafsa", "gafsa", "Konya");
		DueJobs.run(this.management);
		String gafsaInstance = lifecycleOf(gafsa);
		Task gafsaTask = this.tasks.createTaskQuery().processInstanceId(gafsaInstance).singleResult();
		long oran = this.jdbc.sql("select min(id) from agreement where local_authority = 'oran' and state = 'IN_FORCE'")
			.query(Long.class)
			.single();
		return new Files(gafsaInstance, gafsaTask.getId(), lifecycleOf(oran), sfax);
	}

	@Test
	void noRouteChangesWhoseFileAProcessIsAbout() {
		List<Row> table = List.of(
		// @formatter:off
			//                                                                       sec.gafsa sec.sfax mfa.tn admin
			row("POST   /api/tasks/{id}/complete", "POST", (f) -> "/api/tasks/" + f.gafsaTask() + "/complete",
					(v) -> "{\"eligibilityDecision\":\"ELIGIBLE\",%s}".formatted(plain(v)),          "400 404 404 400"),
			row("POST   /engine-rest/task/{id}/complete", "POST", (f) -> "/engine-rest/task/" + f.gafsaTask() + "/complete",
					(v) -> "{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\"},%s}}".formatted(typed(v)),
					                                                                                "400 403 403 400"),
			row("POST   /engine-rest/task/{id}/submit-form", "POST", (f) -> "/engine-rest/task/" + f.gafsaTask() + "/submit-form",
					(v) -> "{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\"},%s}}".formatted(typed(v)),
					                                                                                "400 403 403 400"),
			row("POST   /engine-rest/task/{id}/resolve", "POST", (f) -> "/engine-rest/task/" + f.gafsaTask() + "/resolve",
					(v) -> "{\"variables\":{%s}}".formatted(typed(v)),                                "400 403 403 400"),
			row("POST   /engine-rest/task/{id}/bpmnError", "POST", (f) -> "/engine-rest/task/" + f.gafsaTask() + "/bpmnError",
					(v) -> "{\"errorCode\":\"X\",\"variables\":{%s}}".formatted(typed(v)),              "400 403 403 400"),
			row("PUT    /engine-rest/task/{id}/variables/{name}", "PUT",
					(f) -> "/engine-rest/task/" + f.gafsaTask() + "/variables/%s", WhoseFileMatrixIT::value,
					                                                                                "403 403 403 400"),
			row("POST   /engine-rest/task/{id}/variables", "POST", (f) -> "/engine-rest/task/" + f.gafsaTask() + "/variables",
					(v) -> "{\"modifications\":{%s}}".formatted(typed(v)),                            "403 403 403 400"),
			row("PUT    /engine-rest/task/{id}/localVariables/{name}", "PUT",
					(f) -> "/engine-rest/task/" + f.gafsaTask() + "/localVariables/%s", WhoseFileMatrixIT::value,
					                                                                                "403 403 403 400"),
			row("PUT    /engine-rest/process-instance/{id}/variables/{name}", "PUT",
					(f) -> "/engine-rest/process-instance/" + f.gafsaInstance() + "/variables/%s", WhoseFileMatrixIT::value,
					                                                                                "403 403 403 400"),
			row("POST   /engine-rest/process-instance/{id}/variables", "POST",
					(f) -> "/engine-rest/process-instance/" + f.gafsaInstance() + "/variables",
					(v) -> "{\"modifications\":{%s}}".formatted(typed(v)),                            "403 403 403 400"),
			row("DELETE /engine-rest/process-instance/{id}/variables/{name}", "DELETE",
					(f) -> "/engine-rest/process-instance/" + f.gafsaInstance() + "/variables/%s", (v) -> "",
					                                                                                "403 403 403 400")
				// the lifecycle has no such variable: there is nothing to remove
				.except("amendment",                                                            "403 403 403 204"),
			row("PUT    /engine-rest/execution/{id}/localVariables/{name}", "PUT",
					(f) -> "/engine-rest/execution/" + f.gafsaInstance() + "/localVariables/%s", WhoseFileMatrixIT::value,
					                                                                                "403 403 403 400"),
			row("POST   /engine-rest/process-instance/{id}/modification", "POST",
					(f) -> "/engine-rest/process-instance/" + f.gafsaInstance() + "/modification",
					(v) -> ("{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CheckEligibility\","
							+ "\"variables\":{%s}}]}").formatted(typed(v)),                      "403 403 403 400"),
			row("POST   /engine-rest/message (an agreement in force)", "POST", (f) -> "/engine-rest/message",
					(v) -> ("{\"messageName\":\"Message_VisitRequested\",\"processInstanceId\":\"%s\","
							+ "\"processVariables\":{%s}}").formatted(this.files.oranInstance(), typed(v)),
					                                                                                "403 403 403 400"));
		// @formatter:on

		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (Row row : table) {
			for (Variable variable : variables()) {
				for (int column = 0; column < USERS.size(); column++) {
					cells++;
					String user = USERS.get(column);
					State before = state(this.files);
					ResponseEntity<String> answer = call(row, variable, user);
					State after = state(this.files);
					int expected = row.statuses(variable.name())[column];
					if (answer.getStatusCode().value() != expected) {
						mismatches.add("%s %s as %s: expected %d, got %d %s".formatted(row.name(), variable.name(),
								user, expected, answer.getStatusCode().value(), abbreviated(answer.getBody())));
					}
					if (!after.equals(before)) {
						mismatches.add("%s %s as %s: changed %s".formatted(row.name(), variable.name(), user,
								before.differenceTo(after)));
					}
				}
			}
		}
		log.info("Whose-file matrix: {} routes x {} variables x {} users = {} cells", table.size(), variables().size(),
				USERS.size(), cells);
		assertThat(cells).isEqualTo(table.size() * variables().size() * USERS.size());
		assertThat(mismatches).as("cells that answered otherwise than the table says, or changed something").isEmpty();
	}

	@Test
	void aCompletionSetsOnlyItsFormsFieldsAndKeepsTheFileWhereItIs() {
		Files files = gafsaAtItsFirstTask(this.files.sfaxAgreement());
		String task = "/api/tasks/" + files.gafsaTask() + "/complete";
		String engineTask = "/engine-rest/task/" + files.gafsaTask();
		// the two requests that crossed authorities, and their variants
		refused(files, "fr", task,
				"{\"eligibilityDecision\":\"ELIGIBLE\",\"authority\":\"sfax\",\"province\":\"sfax\"}", "authority",
				"province");
		refused(files, "fr", engineTask + "/complete",
				"{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\"},\"agreementId\":{\"value\":%d,\"type\":\"Long\"}}}"
					.formatted(files.sfaxAgreement()),
				"agreementId");
		refused(files, "fr", task,
				"{\"eligibilityDecision\":\"ELIGIBLE\",\"agreementId\":%d}".formatted(files.sfaxAgreement()),
				"agreementId");
		// a name the form does not declare, though no rule of the file depends on it
		refused(files, "ar", task, "{\"eligibilityDecision\":\"ELIGIBLE\",\"approvalOutcome\":\"APPROVED\"}",
				"approvalOutcome");
		refused(files, "fr", engineTask + "/submit-form",
				"{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\"},\"approvalOutcome\":{\"value\":\"APPROVED\"}}}",
				"approvalOutcome");
		// a value that would not be kept, though its field is the form's
		refused(files, "fr", engineTask + "/complete",
				"{\"variables\":{\"eligibilityDecision\":{\"value\":\"ELIGIBLE\",\"valueInfo\":{\"transient\":true}}}}",
				"eligibilityDecision");

		// what the form declares goes through, and the file stays Gafsa's
		ResponseEntity<JsonNode> done = this.rest.withBasicAuth("sec.gafsa", "demo")
			.exchange(task, HttpMethod.POST, json("{\"eligibilityDecision\":\"ELIGIBLE\"}", "fr"), JsonNode.class);
		assertThat(done.getStatusCode().value()).isEqualTo(200);
		Task next = this.tasks.createTaskQuery().processInstanceId(files.gafsaInstance()).singleResult();
		assertThat(this.tasks.getIdentityLinksForTask(next.getId())).extracting(IdentityLink::getGroupId)
			.contains("secretariat-gafsa")
			.doesNotContain("secretariat-sfax");
		assertThat(this.runtime.getVariable(files.gafsaInstance(), "authority")).isEqualTo("gafsa");
		assertThat(this.rest.withBasicAuth("sec.sfax", "demo")
			.getForEntity("/api/tasks/" + next.getId(), String.class)
			.getStatusCode()
			.value()).isEqualTo(404);
	}

	/**
	 * Gafsa's secretary sends the request: it answers 400 problem naming each field, in
	 * the language asked, and changes nothing.
	 */
	private void refused(Files files, String language, String path, String body, String... fields) {
		State before = state(files);
		ResponseEntity<JsonNode> answer = this.rest.withBasicAuth("sec.gafsa", "demo")
			.exchange(path, HttpMethod.POST, json(body, language), JsonNode.class);
		assertThat(answer.getStatusCode().value()).as("%s %s", path, body).isEqualTo(400);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
		String message = answer.getBody().get("errors").get(0).get("message").asText();
		assertThat(message).matches(language.equals("ar") ? "(?s).*\\p{IsArabic}.*" : "(?s).*[a-zé].*");
		assertThat(state(files)).as("nothing changed after %s %s", path, body).isEqualTo(before);
	}

	private static HttpEntity<String> json(String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * Each variable that says whose file it is, with Sfax's value (or another path's).
	 */
	private List<Variable> variables() {
		return List.of(new Variable("agreementId", this.files.sfaxAgreement(), "Long"),
				new Variable("authority", "sfax", "String"), new Variable("authorityKind", "MUNICIPALITY", "String"),
				new Variable("province", "sfax", "String"), new Variable("jurisdiction", "DZ", "String"),
				new Variable("legalBasis", "TN_BEFORE_2018", "String"), new Variable("amendment", true, "Boolean"));
	}

	private ResponseEntity<String> call(Row row, Variable variable, String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String path = row.path().apply(this.files).formatted(variable.name());
		String body = row.body().apply(variable);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.valueOf(row.method()),
					body.isEmpty() ? new HttpEntity<>(headers) : new HttpEntity<>(body, headers), String.class);
	}

	/**
	 * Everything a cell might change: the register and the other tables of ours, the
	 * engine's variables of both processes, and the task.
	 */
	private State state(Files files) {
		Map<String, Object> parts = new LinkedHashMap<>();
		parts.put("agreements", this.jdbc.sql("select * from agreement order by id").query().listOfRows());
		for (String table : List.of("agreement_event", "issued_document", "outbox_message", "agreement_referral")) {
			parts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		parts.put("gafsa variables", variablesOf(files.gafsaInstance()));
		parts.put("oran variables", variablesOf(files.oranInstance()));
		parts.put("processes", this.runtime.createProcessInstanceQuery().count());
		Task task = this.tasks.createTaskQuery().taskId(files.gafsaTask()).singleResult();
		parts.put("gafsa task", (task != null) ? task.getAssignee() + "/" + task.getDelegationState() : "gone");
		parts.put("gafsa task variables", (task != null) ? this.tasks.getVariablesLocal(task.getId()) : Map.of());
		return new State(parts);
	}

	private Object variablesOf(String processInstanceId) {
		boolean running = this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
		return running ? this.runtime.getVariables(processInstanceId) : "ended";
	}

	private long draft(String secretary, String authority, String city) {
		String body = """
				{"jurisdiction":"TN","localAuthority":"%s","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة %s","titleFr":"Jumelage %s – %s",
				 "partner":{"name":"Belediye %s","city":"%s","country":"TR",
				            "email":"dis.iliskiler@%s.example","language":"tr"},
				 "fields":["CULTURE"]}""".formatted(authority, city, authority, city, city, city, city);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(secretary, "demo")
			.postForObject("/api/agreements", new HttpEntity<>(body, headers), JsonNode.class)
			.get("id")
			.asLong();
	}

	private String lifecycleOf(long agreementId) {
		return this.jdbc.sql("select process_instance_id from agreement where id = ?")
			.param(agreementId)
			.query(String.class)
			.single();
	}

	private static String plain(Variable v) {
		return "\"%s\":%s".formatted(v.name(), json(v.value()));
	}

	private static String typed(Variable v) {
		return "\"%s\":%s".formatted(v.name(), value(v));
	}

	private static String value(Variable v) {
		return "{\"value\":%s,\"type\":\"%s\"}".formatted(json(v.value()), v.type());
	}

	private static String json(Object value) {
		return (value instanceof String text) ? "\"" + text + "\"" : String.valueOf(value);
	}

	private static String abbreviated(String body) {
		return (body == null) ? "" : body.substring(0, Math.min(body.length(), 240));
	}

	private static Row row(String name, String method, Function<Files, String> path, Function<Variable, String> body,
			String statuses) {
		return new Row(name, method, path, body, statuses(statuses), Map.of());
	}

	private static int[] statuses(String line) {
		int[] parsed = Arrays.stream(line.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
		assertThat(parsed).as("a status per user").hasSameSizeAs(USERS);
		return parsed;
	}

	private record Files(String gafsaInstance, String gafsaTask, String oranInstance, long sfaxAgreement) {
	}

	private record Variable(String name, Object value, String type) {
	}

	private record Row(String name, String method, Function<Files, String> path, Function<Variable, String> body,
			int[] statuses, Map<String, int[]> exceptions) {

		Row except(String variable, String statuses) {
			return new Row(this.name, this.method, this.path, this.body, this.statuses,
					Map.of(variable, WhoseFileMatrixIT.statuses(statuses)));
		}

		int[] statuses(String variable) {
			return this.exceptions.getOrDefault(variable, this.statuses);
		}

	}

	private record State(Map<String, Object> parts) {

		String differenceTo(State after) {
			return this.parts.keySet()
				.stream()
				.filter((key) -> !String.valueOf(this.parts.get(key)).equals(String.valueOf(after.parts.get(key))))
				.toList()
				.toString();
		}

	}

}
