package org.taawun.workflow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.taawun.support.DueJobs;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.consulted;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.governorVisa;
import static org.taawun.workflow.Submissions.ministryApprovalMa;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.published;
import static org.taawun.workflow.Submissions.referred;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.sentToGovernorWithFunding;
import static org.taawun.workflow.Submissions.signed;
import static org.taawun.workflow.Submissions.waliOpinion;

/**
 * An Algerian, a Tunisian and a Moroccan agreement carried from draft to force on
 * PostgreSQL, through our REST API, by the demo users whose role each step needs; at
 * every step the task is in that user's list and in no list of another authority's users.
 */
@PostgresIntegrationTest
class AgreementLifecycleIT {

	private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void carriesAnAlgerianAgreementThroughTheWholeChainToForce() {
		today(DAY);
		long id = draft("sec.oran", "DZ", "oran", "Bordeaux", "FR", "fr");
		String reference = reference(id);

		step("sec.oran", reference, "Task_CheckEligibility", eligible(), "sec.annaba");
		step("sec.oran", reference, "Task_NegotiateDraft", negotiated(DAY, "EXPRESS"), "sec.annaba");
		step("sec.oran", reference, "Task_RecordDeliberation", deliberation(DAY, 30, 2, "FOR"), "sec.gafsa");
		step("sec.oran", reference, "Task_DepositWithWali", deposited(DAY), "sec.annaba");
		showsTheWaliTheDocumentsOfTheReferral(reference);
		Map<String, Object> opinion = new HashMap<>(waliOpinion(DAY));
		opinion.put("waliNotes", "Programme d’échanges précis et chiffré.");
		step("wali.oran", reference, "Task_ReviewAtWilaya", opinion, "sec.oran");
		// a reviewing ministry sees the file once it is referred to it, not before; the
		// Ministry of the Interior keeps the national inventory and sees it all along
		assertThat(status("pm.dz", "/api/agreements/" + id)).isEqualTo(404);
		assertThat(status("miclat", "/api/agreements/" + id)).isEqualTo(200);
		step("mae.dz", reference, "Task_GiveForeignAffairsOpinion", foreignAffairsOpinion(), "mfa.tn");
		// the Ministry reads the wali's opinion, with its reasons, and Foreign Affairs'
		JsonNode timeline = get("miclat", "/api/agreements/" + id).get("timeline");
		assertThat(decisionAt(timeline, "Task_ReviewAtWilaya").get("answer").asText()).isEqualTo("FAVOURABLE");
		assertThat(decisionAt(timeline, "Task_ReviewAtWilaya").get("reasons").asText())
			.isEqualTo("Programme d’échanges précis et chiffré.");
		assertThat(decisionAt(timeline, "Task_ReviewAtWilaya").at("/label/ar").asText()).isNotBlank();
		assertThat(decisionAt(timeline, "Task_GiveForeignAffairsOpinion").get("answer").asText())
			.isEqualTo("FAVOURABLE");
		step("miclat", reference, "Task_ReviewAtMinistry", referredToPrimeMinister(), "mae.dz");
		assertThat(status("pm.dz", "/api/agreements/" + id)).isEqualTo(200);
		step("pm.dz", reference, "Task_GrantPriorApproval", priorApproval(DAY), "miclat");
		partnerAcceptsTheFinalTextByTheMailedLink("sec.oran", id);
		JsonNode signedAnswer = step("exec.oran", reference, "Task_SignAgreement", signed(DAY, DAY.plusYears(5)),
				"exec.gafsa");
		assertThat(signedAnswer.get("state").asText()).isEqualTo("SIGNED");
		DueJobs.run(this.management);

		JsonNode agreement = get("sec.oran", "/api/agreements/" + id);
		assertThat(agreement.get("state").asText()).isEqualTo("IN_FORCE");
		assertThat(agreement.at("/dates/end").asText()).isEqualTo(DAY.plusYears(5).toString());
		assertThat(agreement.get("timeline").findValuesAsText("actor")).contains("sec.oran", "wali.oran", "mae.dz",
				"miclat", "pm.dz", "exec.oran");

		// in force: the secretariat asks for a visit, the executive is offered its
		// approval
		ResponseEntity<String> visit = post("sec.oran", "/api/agreements/" + id + "/visits",
				Map.of("direction", "OUTGOING", "purpose", "Formation", "departureDate", DAY.plusDays(10).toString(),
						"returnDate", DAY.plusDays(14).toString()));
		assertThat(visit.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(taskOf("exec.oran", reference, "Task_ApproveVisit")).isNotNull();
	}

	@Test
	void carriesATunisianAgreementThroughTheForeignAffairsWindowToForce() {
		today(DAY);
		long id = draft("sec.gafsa", "TN", "gafsa", "Konya", "TR", "tr");
		String reference = reference(id);

		step("sec.gafsa", reference, "Task_CheckEligibility", eligible(), "sec.sfax");
		step("sec.gafsa", reference, "Task_NegotiateDraft", negotiated(DAY, "TACIT"), "sec.sfax");
		step("mfa.tn", reference, "Task_ConsultForeignAffairs", consulted(DAY), "mae.dz");
		step("sec.gafsa", reference, "Task_ReferFinalText", referred(DAY), "sec.sfax");
		step("mfa.tn", reference, "Task_ReviewFinalText", of("foreignAffairsDecision", "NO_OBJECTION"), "miclat");
		assertThat(get("sec.gafsa", "/api/tasks").findValuesAsText("reference")).doesNotContain(reference);
		// no task for anyone: the file says what it waits for, and until when
		JsonNode waiting = get("sec.gafsa", "/api/agreements/" + id).get("waitingFor");
		assertThat(waiting.findValuesAsText("key")).containsExactly("Timer_CouncilMayVote");
		assertThat(waiting.get(0).get("until").asText()).isEqualTo(DAY.plusMonths(2).toString());
		// the system's own steps (issuing documents) are not on the timeline
		assertThat(get("sec.gafsa", "/api/agreements/" + id).get("timeline").findValuesAsText("subject"))
			.doesNotContain("IssueDocument");

		LocalDate mayVote = DAY.plusMonths(2);
		today(mayVote);
		DueJobs.run(this.management);
		step("sec.gafsa", reference, "Task_RecordDeliberation", deliberation(mayVote, 25, 3, "FOR"), "sec.sfax");
		step("sec.gafsa", reference, "Task_PublishDeliberation", published(mayVote), "sec.sfax");
		partnerAcceptsTheFinalTextByTheMailedLink("sec.gafsa", id);
		step("exec.gafsa", reference, "Task_SignAgreement", signed(mayVote, mayVote.plusYears(3)), "exec.oran");
		DueJobs.run(this.management);

		assertThat(get("mfa.tn", "/api/agreements/" + id).get("state").asText()).isEqualTo("IN_FORCE");
	}

	@Test
	void carriesAMoroccanCommunesAgreementThroughTheGovernorsVisaAndTheMinistryToForce() {
		today(DAY);
		long id = draft("sec.sefrou", "MA", "sefrou", "Narbonne", "FR", "fr");
		String reference = reference(id);

		step("sec.sefrou", reference, "Task_CheckEligibility", eligible(), "sec.oran");
		step("sec.sefrou", reference, "Task_NegotiateDraft", negotiated(DAY, "EXPRESS"), "sec.oran");
		step("sec.sefrou", reference, "Task_RecordDeliberation", deliberation(DAY, 25, 4, "FOR"), "sec.rabat");
		// the Ministry of the Interior keeps Morocco's inventory: it sees the file all
		// along, Algeria's does not
		assertThat(status("dgct.ma", "/api/agreements/" + id)).isEqualTo(200);
		assertThat(status("miclat", "/api/agreements/" + id)).isEqualTo(404);
		step("sec.sefrou", reference, "Task_SendToGovernor", sentToGovernorWithFunding(DAY), "sec.rabat");
		DueJobs.run(this.management);
		String visaTask = taskOf("gov.sefrou", reference, "Task_GiveGovernorVisa").get("id").asText();
		assertThat(get("gov.sefrou", "/api/tasks/" + visaTask).get("documents").findValuesAsText("kind"))
			.containsExactly("REFERRAL_LETTER", "DELIBERATION_EXTRACT", "CONVENTION_DRAFT");
		step("gov.sefrou", reference, "Task_GiveGovernorVisa", governorVisa(DAY), "gov.rabat");
		step("dgct.ma", reference, "Task_ApproveAtMinistry", ministryApprovalMa(DAY), "miclat");
		partnerAcceptsTheFinalTextByTheMailedLink("sec.sefrou", id);
		step("exec.sefrou", reference, "Task_SignAgreement", signed(DAY, DAY.plusYears(3)), "exec.rabat");
		DueJobs.run(this.management);

		JsonNode agreement = get("sec.sefrou", "/api/agreements/" + id);
		assertThat(agreement.get("state").asText()).isEqualTo("IN_FORCE");
		assertThat(agreement.get("legalBasis").asText()).isEqualTo("MA_ORGANIC_LAWS");
		assertThat(agreement.get("timeline").findValuesAsText("actor")).contains("sec.sefrou", "gov.sefrou", "dgct.ma",
				"exec.sefrou");
	}

	@Test
	void refusesAnInvalidSubmissionWithItsFieldsAndLeavesTheTaskOpen() {
		today(DAY);
		long id = draft("sec.annaba", "DZ", "annaba", "Dunkerque", "FR", "fr");
		String taskId = taskOf("sec.annaba", reference(id), "Task_CheckEligibility").get("id").asText();

		ResponseEntity<JsonNode> answer = this.rest.withBasicAuth("sec.annaba", "demo")
			.postForEntity("/api/tasks/{id}/complete", json(of("eligibilityDecision", "MAYBE", "eligibilityNotes", 42)),
					JsonNode.class, taskId);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("eligibilityDecision", "eligibilityNotes");
		assertThat(taskOf("sec.annaba", reference(id), "Task_CheckEligibility")).isNotNull();

		// the Tasklist submits through the engine REST API: the same refusal, as a 400
		ResponseEntity<JsonNode> tasklist = this.rest.withBasicAuth("sec.annaba", "demo")
			.postForEntity("/engine-rest/task/{id}/submit-form",
					json(Map.of("variables",
							Map.of("eligibilityDecision", Map.of("value", "MAYBE", "type", "String")))),
					JsonNode.class, taskId);
		assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tasklist.getBody().get("message").asText()).contains("eligibilityDecision");
		assertThat(taskOf("sec.annaba", reference(id), "Task_CheckEligibility")).isNotNull();

		ResponseEntity<JsonNode> foreign = this.rest.withBasicAuth("sec.gafsa", "demo")

			.postForEntity("/api/tasks/{id}/complete", json(eligible()), JsonNode.class, taskId);
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/**
	 * The wali's review names what the wali reads: being issued at first, then each a PDF
	 * the wali downloads and another authority's secretary cannot.
	 */
	private void showsTheWaliTheDocumentsOfTheReferral(String reference) {
		String taskId = taskOf("wali.oran", reference, "Task_ReviewAtWilaya").get("id").asText();
		JsonNode documents = get("wali.oran", "/api/tasks/" + taskId).get("documents");
		assertThat(documents.findValuesAsText("kind")).containsExactly("REFERRAL_LETTER", "DELIBERATION_EXTRACT",
				"CONVENTION_DRAFT");
		assertThat(documents.findValuesAsText("issued")).containsOnly("false");

		DueJobs.run(this.management);

		documents = get("wali.oran", "/api/tasks/" + taskId).get("documents");
		assertThat(documents.findValuesAsText("issued")).containsOnly("true");
		assertThat(documents.findValuesAsText("number")).allMatch((number) -> number.startsWith(reference + "/"));
		for (String href : documents.findValuesAsText("href")) {
			ResponseEntity<byte[]> pdf = this.rest.withBasicAuth("wali.oran", "demo").getForEntity(href, byte[].class);
			assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
			assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(this.rest.withBasicAuth("sec.annaba", "demo").getForEntity(href, String.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	/**
	 * No signature before the partner accepts the final text: it was mailed with a link,
	 * which the partner opens and answers without an account.
	 */
	private void partnerAcceptsTheFinalTextByTheMailedLink(String secretary, long id) {
		DueJobs.run(this.management);
		assertThat(get(secretary, "/api/tasks").findValuesAsText("key")).doesNotContain("Task_SignAgreement");
		JsonNode finalText = null;
		for (JsonNode message : get(secretary, "/api/agreements/" + id + "/messages")) {
			if ("FINAL_TEXT_FOR_SIGNATURE".equals(message.get("purpose").asText())) {
				finalText = message;
			}
		}
		assertThat(finalText).as("the final text mailed to the partner").isNotNull();
		// no mail server in this installation: the message waits, readable, and says why
		assertThat(finalText.get("status").asText()).isEqualTo("PENDING");
		assertThat(finalText.get("note").asText()).contains("le serveur de messagerie n’est pas encore configuré");
		Matcher link = Pattern.compile("https?://[^/\\s]+(/partner/\\S+)").matcher(finalText.get("body").asText());
		assertThat(link.find()).as("a link in %s", finalText.get("body").asText()).isTrue();

		ResponseEntity<String> page = this.rest.postForEntity(link.group(1), null, String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("role=\"status\"").doesNotContain("<form");
	}

	/**
	 * Completes the agreement's task as the user, after checking the other user is not
	 * offered it.
	 */

	private JsonNode step(String user, String reference, String taskKey, Map<String, Object> values, String outsider) {
		JsonNode task = taskOf(user, reference, taskKey);
		assertThat(task).as("%s is offered %s", user, taskKey).isNotNull();
		assertThat(get(outsider, "/api/tasks").findValuesAsText("id")).doesNotContain(task.get("id").asText());
		ResponseEntity<JsonNode> done = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/tasks/{id}/complete", json(values), JsonNode.class, task.get("id").asText());
		assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskKey, done.getBody())
			.isEqualTo(HttpStatus.OK);
		return done.getBody();
	}

	/** What the completion of that step answered, as the timeline gives it. */
	private static JsonNode decisionAt(JsonNode timeline, String step) {
		for (JsonNode entry : timeline) {
			if (step.equals(entry.get("subject").asText()) && entry.has("decision")) {
				return entry.get("decision");
			}
		}
		throw new AssertionError("no decision of " + step + " in " + timeline);
	}

	private JsonNode taskOf(String user, String reference, String taskKey) {
		for (JsonNode task : get(user, "/api/tasks")) {
			if (reference.equals(task.get("reference").asText()) && taskKey.equals(task.get("key").asText())) {
				return task;
			}
		}
		return null;
	}

	private long draft(String user, String jurisdiction, String authority, String city, String country,
			String language) {
		Map<String, Object> body = Map.of(
				"jurisdiction", jurisdiction, "localAuthority", authority, "instrument", "TWINNING", "titleAr",
				"اتفاقية توأمة", "titleFr", "Jumelage avec " + city, "partner", Map.of("name", "Ville de " + city,
						"city", city, "country", country, "email", "contact@example.org", "language", language),
				"fields", List.of("CULTURE"));
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/agreements", json(body), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("id").asLong();
	}

	private String reference(long id) {
		return get("admin", "/api/agreements/" + id).get("reference").asText();
	}

	private int status(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value();
	}

	private JsonNode get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForObject(path, JsonNode.class);
	}

	private ResponseEntity<String> post(String user, String path, Object body) {
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, json(body), String.class);
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static void today(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ProcessDriver.ZONE).toInstant()));
	}

}
