package org.taawun.document;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.identity.Directory;
import org.taawun.identity.Role;
import org.taawun.support.DueJobs;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Morocco's evaluation campaign of 2025, end to end: the Ministry of the Interior opens
 * it through the API; the prefecture of Rabat records its action plan for the year, finds
 * the report task in its list, is reminded by mail and writes the report; the Ministry
 * follows who reported on its pages, reads the report beside the plan, and prints the
 * national report, read back and validated.
 */
@PostgresIntegrationTest
class EvaluationCampaignIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Autowired
	private ManagementService management;

	@Test
	void theMinistryOpensFollowsRemindsReadsAndPrintsItsCountrysCampaign() throws Exception {
		long rabat = this.jdbc.sql("select id from agreement where import_key = 'RAB-BAM-2018'")
			.query(Long.class)
			.single();
		String reference = this.jdbc.sql("select reference from agreement where id = ?")
			.param(rabat)
			.query(String.class)
			.single();
		String colleague = "sec.rabat.campaign." + System.nanoTime();
		this.directory.createDemoUser(colleague, "Salma", "Rabat", colleague + "@rabat.example", "demo");
		this.directory.ensureMembership(colleague, Role.SECRETARIAT.group("rabat"));
		LocalDate due = LocalDate.now().plusDays(60);

		// only the ministry that keeps the inventory opens it, for a year that has ended
		assertThat(post("sec.rabat", "/api/campaigns", Map.of("jurisdiction", "MA", "year", 2025)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> thisYear = post("dgct.ma", "/api/campaigns",
				Map.of("jurisdiction", "MA", "year", LocalDate.now().getYear()));
		assertThat(thisYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(thisYear.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(thisYear.getBody().get("errors").findValuesAsText("field")).containsExactly("year");
		ResponseEntity<JsonNode> opened = post("dgct.ma", "/api/campaigns",
				Map.of("jurisdiction", "MA", "year", 2025, "due", due.toString()));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		int toStart = opened.getBody().get("evaluationsToStart").asInt();
		assertThat(toStart).isPositive();
		long campaign = opened.getBody().get("campaign").get("id").asLong();
		// the evaluations start in the background, their progress on the campaign
		JsonNode evaluations = startedEvaluations(campaign);
		assertThat(evaluations.get("tried").asInt()).isEqualTo(toStart);
		assertThat(evaluations.get("started").asInt()).isPositive();
		// while one is still starting (claimed by another instance of the application),
		// the campaign's page says how far they went, and links to itself to see it again
		long inFlight = this.jdbc.sql("select min(id) from agreement where jurisdiction <> 'MA'")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into campaign_start (campaign_id, agreement_id, outcome) values (?, ?, 'STARTING')")
			.params(campaign, inFlight)
			.update();
		String starting = PortalClient.signedIn(this.port, "dgct.ma").get("/campaigns/" + campaign + "?lang=fr").body();
		this.jdbc.sql("delete from campaign_start where campaign_id = ? and agreement_id = ?")
			.params(campaign, inFlight)
			.update();
		assertThat(starting).contains(
				"Démarrage des évaluations : " + toStart + " sur " + (toStart + 1) + " conventions",
				"Voir où en est le démarrage");
		assertThat(post("dgct.ma", "/api/campaigns", Map.of("jurisdiction", "MA", "year", 2025)).getBody()
			.get("errors")
			.findValuesAsText("field")).containsExactly("year");
		// Algeria's ministry does not see Morocco's campaign
		ResponseEntity<JsonNode> elsewhere = this.rest.withBasicAuth("miclat", "demo")
			.getForEntity("/api/campaigns/{id}", JsonNode.class, campaign);
		assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(elsewhere.getHeaders().getContentType().toString()).startsWith("application/problem+json");

		// the prefecture's secretariat records the year's plan; a plan in the wrong
		// currency code is refused field by field
		Map<String, Object> plan = Map.of("adoptedOn", "2025-01-20", "plannedVisits", 2, "plannedProjects", 1, "budget",
				80000, "budgetCurrency", "MAD", "paidBy", "Préfecture de Rabat 70 %, Commune III de Bamako 30 %");
		assertThat(put("dgct.ma", "/api/agreements/" + rabat + "/action-plans/2025", plan).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> dirham = put("sec.rabat", "/api/agreements/" + rabat + "/action-plans/2025",
				Map.of("adoptedOn", "2025-01-20", "plannedVisits", -1, "plannedProjects", 1, "budget", 80000,
						"budgetCurrency", "dirham", "paidBy", "Préfecture"));
		assertThat(dirham.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(dirham.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("plannedVisits",
				"budgetCurrency");
		assertThat(put("sec.rabat", "/api/agreements/" + rabat + "/action-plans/2025", plan).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		// on the agreement's page, the plan as adopted; a plan typed wrong comes back
		// with
		// what was typed and why
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.rabat");
		String agreementPage = secretary.get("/agreements/" + rabat + "?lang=fr").body();
		assertThat(agreementPage).contains("Plans d’action annuels",
				"Année 2025 — adopté par le comité mixte le 20 janvier 2025", "80 000,00 MAD", "Enregistrer le plan");
		HttpResponse<String> wrong = secretary.postForm("/agreements/" + rabat,
				"/agreements/" + rabat + "/action-plans", "year", "2026", "adoptedOn", "2026-01-15", "plannedVisits",
				"3", "plannedProjects", "1", "budget", "beaucoup", "budgetCurrency", "MAD", "paidBy",
				"Préfecture de Rabat", "activities", "Un atelier sur l’état civil");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Le plan n’a pas été enregistré",
				"Un montant positif, avec au plus deux décimales.", "value=\"beaucoup\"",
				"Un atelier sur l’état civil");

		// the ministry's page: Rabat awaited, then reminded by mail
		PortalClient ministry = PortalClient.signedIn(this.port, "dgct.ma");
		assertThat(ministry.get("/campaigns?lang=fr").body()).contains("Campagnes d’évaluation annuelle",
				"Maroc — année 2025");
		String page = ministry.get("/campaigns/" + campaign).body();
		assertThat(page).contains("Campagne d’évaluation de l’année 2025", "Préfecture de Rabat", "0 sur 1", "Attendu",
				"Rapport national (PDF, arabe et français)");
		HttpResponse<String> reminded = ministry.postForm("/campaigns/" + campaign,
				"/campaigns/" + campaign + "/reminders", "authority", "rabat");
		assertThat(reminded.statusCode()).isEqualTo(302);
		assertThat(ministry.get("/campaigns/" + campaign).body()).contains("Une collectivité relancée par courriel.");
		assertThat(this.jdbc.sql("select subject from outbox_message where recipient = ?")
			.param(colleague + "@rabat.example")
			.query(String.class)
			.list()).contains("Rapports d’évaluation de l’année 2025 attendus par le ministère");

		// the prefecture writes its report in its task, due on the campaign's day
		JsonNode task = evaluationTask("sec.rabat", reference);
		assertThat(task.get("due").asText()).startsWith(due.minusDays(1).toString().substring(0, 4));
		assertThat(this.rest.withBasicAuth("sec.rabat", "demo")
			.postForEntity("/api/tasks/{id}/complete",
					json(Map.of("achievements", "Deux missions d’ingénieurs municipaux à Bamako.", "difficulties",
							"Les délais de visa.", "nextYearPlan", "Un atelier sur l’état civil.")),
					JsonNode.class, task.get("id").asText())
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		// the report, issued, sets the year's plan beside what was done
		DueJobs.run(this.management);
		long reportId = this.jdbc.sql("""
				select id from issued_document where agreement_id = ? and kind = 'EVALUATION_REPORT'
				order by id desc limit 1""").param(rabat).query(Long.class).single();
		ResponseEntity<byte[]> issued = this.rest.withBasicAuth("sec.rabat", "demo")
			.getForEntity("/api/documents/{id}", byte[].class, reportId);
		assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new PdfReader(issued.getBody()).flowingText()).contains("Plan d’action de l’année 2025",
				"Visites et délégations : 2 prévues, 0 réalisées", "Projets : 1 prévus, 0 réalisés", "80 000,00 MAD",
				"خطة عمل سنة", "Deux missions d’ingénieurs municipaux à Bamako.");

		JsonNode progress = this.rest.withBasicAuth("dgct.ma", "demo")
			.getForObject("/api/campaigns/{id}", JsonNode.class, campaign);
		assertThat(progress.get("authorities").findValuesAsText("status")).contains("REPORTED");
		JsonNode reports = this.rest.withBasicAuth("dgct.ma", "demo")
			.getForObject("/api/campaigns/{id}/reports?authority=rabat", JsonNode.class, campaign);
		assertThat(reports).singleElement().satisfies((report) -> {
			assertThat(report.get("reference").asText()).isEqualTo(reference);
			assertThat(report.get("planned").get("visits").asInt()).isEqualTo(2);
			assertThat(report.get("achievements").asText()).contains("Bamako");
		});
		String side = ministry.get("/campaigns/" + campaign + "?authority=rabat").body();
		assertThat(side).contains("Remis", "Deux missions d’ingénieurs municipaux à Bamako.", "2 prévues / 0 réalisées",
				"80 000,00 MAD", "Préfecture de Rabat 70 %, Commune III de Bamako 30 %");
		assertThat(ministry.get("/campaigns/" + campaign + "?lang=ar").body()).contains("حملة تقييم سنة 2025",
				"التقارير جنبا إلى جنب", "سُلِّم");
		ministry.get("/campaigns?lang=fr");

		// the national report, on the Ministry's letterhead, in both languages
		HttpResponse<byte[]> pdf = ministry.download("/campaigns/" + campaign + "/result.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		PdfReader read = new PdfReader(pdf.body());
		assertThat(read.text()).contains("Royaume du Maroc", "المملكة المغربية", "Résultat de la campagne",
				"Année évaluée : 2025", "Conventions actives", "Rapports d’évaluation rédigés", "Mali", "80 000,00 MAD",
				"Préfecture de Rabat", "Remis");
		assertThat(read.fontsNotEmbedded()).isEmpty();
		DocumentsIT.isArchival(pdf.body(), "the campaign's national report");
		assertThat(PortalClient.signedIn(this.port, "sec.rabat")
			.download("/campaigns/" + campaign + "/result.pdf")
			.statusCode()).isEqualTo(404);
	}

	private JsonNode startedEvaluations(long campaign) throws InterruptedException {
		JsonNode evaluations = null;
		for (int polls = 0; polls < 100; polls++) {
			evaluations = this.rest.withBasicAuth("dgct.ma", "demo")
				.getForObject("/api/campaigns/{id}", JsonNode.class, campaign)
				.get("evaluations");
			if (evaluations.get("tried").asInt() == evaluations.get("toStart").asInt()) {
				return evaluations;
			}
			Thread.sleep(200);
		}
		return evaluations;
	}

	private JsonNode evaluationTask(String user, String reference) {
		for (JsonNode task : this.rest.withBasicAuth(user, "demo").getForObject("/api/tasks", JsonNode.class)) {
			if (reference.equals(task.get("reference").asText())
					&& "write-evaluation-report".equals(task.get("formKey").asText())) {
				return task;
			}
		}
		throw new AssertionError(user + " has no evaluation report to write for " + reference);
	}

	private ResponseEntity<JsonNode> post(String user, String path, Map<String, Object> body) {
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, json(body), JsonNode.class);
	}

	private ResponseEntity<JsonNode> put(String user, String path, Map<String, Object> body) {
		return this.rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), JsonNode.class);
	}

	private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
