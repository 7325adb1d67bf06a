package org.taawun.workflow;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.taawun.notification.PartnerAcceptances;
import org.taawun.support.DueJobs;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.consulted;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.published;
import static org.taawun.workflow.Submissions.referred;

/**
 * The partner's acceptance of the final text by other ways than its first link, on
 * PostgreSQL through our REST API: a new link (the old one dies), the secretariat told
 * once when a link expires unanswered, and the acceptance signed on paper recorded with
 * its scanned act, after which the signature proceeds.
 */
@PostgresIntegrationTest
class PartnerAcceptanceIT {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	/**
	 * The council may vote two months after the referral: the final text goes out that
	 * day.
	 */
	private static final LocalDate APPROVED = DAY.plusMonths(2);

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/partner/\\S+)");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ManagementService management;

	@Autowired
	private PartnerAcceptances acceptances;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aNewLinkKillsTheOldOneAnExpiredLinkIsReportedOnceAndTheActSignedAtACeremonyLetsTheSignatureProceed()
			throws Exception {
		long id = awaitingThePartner();
		String reference = get("sec.gafsa", "/api/agreements/" + id).get("reference").asText();
		String first = links(id).get(0);

		assertThat(this.rest.withBasicAuth("exec.gafsa", "demo")
			.postForEntity("/api/agreements/{id}/partner-link", null, JsonNode.class, id)
			.getStatusCode()).as("the executive does not follow up the partner").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/api/agreements/{id}/partner-link", null, String.class, id)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		List<String> links = links(id);
		assertThat(links).hasSize(2);
		assertThat(finalTextMessages(id).get(1).get("body").asText()).contains("remplace celui du");
		ResponseEntity<String> dead = this.rest.postForEntity(first, null, String.class);
		assertThat(dead.getStatusCode()).isEqualTo(HttpStatus.GONE);
		assertThat(dead.getBody()).contains("n’est plus valable", "Rien n’a été modifié");

		today(APPROVED.plusDays(31));
		this.acceptances.reportExpiredLinks();
		this.acceptances.reportExpiredLinks();
		assertThat(kinds(id).stream().filter("LINK_EXPIRED"::equals)).hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from staff_notice where user_id = 'sec.gafsa' and kind = 'LINK_EXPIRED' "
					+ "and reference = ?")
			.param(reference)
			.query(Integer.class)
			.single()).isEqualTo(1);

		ResponseEntity<JsonNode> refused = record(id, APPROVED.plusDays(32), null, null);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("acceptedOn",
				"means", "scan");
		ResponseEntity<JsonNode> notAScan = record(id, APPROVED.plusDays(20), "CEREMONY", "not a scan".getBytes());
		assertThat(notAScan.getBody().get("errors").findValuesAsText("field")).containsExactly("scan");
		assertThat(taskKeys("exec.gafsa", reference)).doesNotContain("Task_SignAgreement");

		byte[] scan = pdf();
		ResponseEntity<JsonNode> recorded = record(id, APPROVED.plusDays(20), "CEREMONY", scan);

		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(recorded.getBody().get("fileSha256").asText()).isEqualTo(sha256(scan));
		assertThat(recorded.getBody().get("acceptedOn").asText()).isEqualTo(APPROVED.plusDays(20).toString());
		byte[] kept = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements/{id}/partner-acts/{act}", byte[].class, id,
					recorded.getBody().get("id").asLong());
		assertThat(sha256(kept)).isEqualTo(sha256(scan));
		assertThat(taskKeys("exec.gafsa", reference)).contains("Task_SignAgreement");
		assertThat(get("sec.gafsa", "/api/agreements/" + id).get("timeline").findValuesAsText("subject"))
			.contains("PAPER_CEREMONY");
		assertThat(this.rest.postForEntity(links.get(1), null, String.class).getStatusCode())
			.as("the link sent again dies with the answer on paper")
			.isEqualTo(HttpStatus.GONE);
		ResponseEntity<JsonNode> again = record(id, APPROVED.plusDays(20), "POST", scan);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody().get("detail").asText()).contains("n’attend pas l’acceptation du partenaire");
		assertThat(get("sec.gafsa", "/api/agreements/" + id + "/partner-acts")).hasSize(1);
	}

	@Test
	void onTheAgreementsPageTheSecretarySendsANewLinkAndARefusedActKeepsTheDateAndMeansTyped() throws Exception {
		long id = awaitingThePartner();
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		String page = "/agreements/" + id;
		assertThat(secretary.get(page).body()).contains("Acceptation du texte définitif par le partenaire",
				"Envoyer un nouveau lien au partenaire", "Signée lors d’une cérémonie");
		assertThat(PortalClient.signedIn(this.port, "exec.gafsa").get(page).body())
			.doesNotContain("Envoyer un nouveau lien au partenaire");

		HttpResponse<String> sent = secretary.postForm(page, page + "/partner-link");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(secretary.get(page).body()).contains("Un nouveau lien est envoyé au partenaire");
		assertThat(links(id)).hasSize(2);

		HttpResponse<String> refused = secretary.postMultipart(page, page + "/partner-acts", "acceptedOn", null,
				APPROVED.toString(), "means", null, "HAND");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("L’acceptation n’a pas été enregistrée", "Joignez l’acte numérisé",
				"value=\"" + APPROVED + "\"");
		assertThat(refused.body()).containsPattern("value=\"HAND\"[^>]*checked");
		assertThat(get("sec.gafsa", "/api/agreements/" + id + "/partner-acts")).isEmpty();
	}

	/** A Tunisian agreement approved and mailed to its partner, who has not answered. */
	private long awaitingThePartner() {
		today(DAY);
		Map<String, Object> body = Map.of(
				"jurisdiction", "TN", "localAuthority", "gafsa", "instrument", "TWINNING", "titleAr", "اتفاقية توأمة",
				"titleFr", "Jumelage avec Lecce", "partner", Map.of("name", "Città di Lecce", "city", "Lecce",
						"country", "IT", "email", "lecce@partner.example", "language", "fr"),
				"fields", List.of("CULTURE"));
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/api/agreements", json(body), JsonNode.class);
		long id = created.getBody().get("id").asLong();
		String reference = created.getBody().get("reference").asText();
		step("sec.gafsa", reference, "Task_CheckEligibility", eligible());
		step("sec.gafsa", reference, "Task_NegotiateDraft", negotiated(DAY, "TACIT"));
		step("mfa.tn", reference, "Task_ConsultForeignAffairs", consulted(DAY));
		step("sec.gafsa", reference, "Task_ReferFinalText", referred(DAY));
		step("mfa.tn", reference, "Task_ReviewFinalText", of("foreignAffairsDecision", "NO_OBJECTION"));
		today(APPROVED);
		DueJobs.run(this.management);
		step("sec.gafsa", reference, "Task_RecordDeliberation", deliberation(APPROVED, 25, 3, "FOR"));
		step("sec.gafsa", reference, "Task_PublishDeliberation", published(APPROVED));
		DueJobs.run(this.management);
		return id;
	}

	private ResponseEntity<JsonNode> record(long id, LocalDate acceptedOn, String means, byte[] scan) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("acceptedOn", acceptedOn.toString());
		if (means != null) {
			form.add("means", means);
		}
		if (scan != null) {
			form.add("scan", new ByteArrayResource(scan) {
				@Override
				public String getFilename() {
					return "acte signé à Lecce.pdf";
				}
			});
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/api/agreements/{id}/partner-acts", new HttpEntity<>(form, headers), JsonNode.class, id);
	}

	private List<JsonNode> finalTextMessages(long id) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode message : get("sec.gafsa", "/api/agreements/" + id + "/messages")) {
			if ("FINAL_TEXT_FOR_SIGNATURE".equals(message.get("purpose").asText())) {
				found.add(message);
			}
		}
		return found;
	}

	private List<String> links(long id) {
		return finalTextMessages(id).stream().map((message) -> {
			Matcher link = LINK.matcher(message.get("body").asText());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}).toList();
	}

	private List<String> kinds(long id) {
		return get("sec.gafsa", "/api/agreements/" + id).get("timeline").findValuesAsText("kind");
	}

	private List<String> taskKeys(String user, String reference) {
		List<String> keys = new ArrayList<>();
		for (JsonNode task : get(user, "/api/tasks")) {
			if (reference.equals(task.get("reference").asText())) {
				keys.add(task.get("key").asText());
			}
		}
		return keys;
	}

	private void step(String user, String reference, String taskKey, Map<String, Object> values) {
		String taskId = null;
		for (JsonNode task : get(user, "/api/tasks")) {
			if (reference.equals(task.get("reference").asText()) && taskKey.equals(task.get("key").asText())) {
				taskId = task.get("id").asText();
			}
		}
		assertThat(taskId).as("%s is offered %s", user, taskKey).isNotNull();
		ResponseEntity<JsonNode> done = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/tasks/{id}/complete", json(values), JsonNode.class, taskId);
		assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskKey, done.getBody())
			.isEqualTo(HttpStatus.OK);
	}

	private JsonNode get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForObject(path, JsonNode.class);
	}

	private static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
