package org.taawun.portal;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's form saved to finish later: found again from another session, not shown to a
 * colleague, gone once the task is done — through the portal or the engine's REST API.
 */
@PostgresIntegrationTest
class FormDraftIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService engineTasks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSavedFormComesBackInAnotherSessionAndGoesWhenTheTaskIsDone() throws Exception {
		String taskId = firstTaskOfANewDraft();
		PortalClient morning = PortalClient.signedIn(this.port, "sec.gafsa");
		HttpResponse<String> saved = morning.postForm("/tasks/" + taskId, "/tasks/" + taskId + "/draft",
				"publicInterestConfirmed", "true", "eligibilityNotes", "À revoir avec le partenaire : annexe 2");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(morning.get("/tasks/" + taskId).body()).contains("Formulaire enregistré le",
				"À revoir avec le partenaire : annexe 2");

		// the afternoon, another device: the form as it was left
		PortalClient afternoon = PortalClient.signedIn(this.port, "sec.gafsa");
		String page = afternoon.get("/tasks/" + taskId + "?lang=ar").body();
		assertThat(page).contains("استمارتكم المحفوظة في", "À revoir avec le partenaire : annexe 2");
		assertThat(page).containsPattern("id=\"f-publicInterestConfirmed\"[^>]*checked");

		// a draft is its person's own: the administrator opening the task sees none of it
		assertThat(PortalClient.signedIn(this.port, "admin").get("/tasks/" + taskId).body())
			.contains("id=\"f-eligibilityNotes\"")
			.doesNotContain("annexe 2");

		// the task done through the engine's REST API, as the Tasklist does: the draft
		// goes
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/engine-rest/task/{id}/claim", new HttpEntity<>("{\"userId\":\"sec.gafsa\"}", headers),
					String.class, taskId);
		assertThat(this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/engine-rest/task/{id}/complete", new HttpEntity<>("""
					{"variables":{"partnerIsLocalAuthority":{"value":true},"publicInterestConfirmed":{"value":true},
					 "withinCompetences":{"value":true},"eligibilityDecision":{"value":"ELIGIBLE"}}}""", headers),
					String.class, taskId)
			.getStatusCode()
			.value()).isEqualTo(204);
		assertThat(this.jdbc.sql("select count(*) from form_draft where task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTaskAColleagueHoldsTakesNoDraft() throws Exception {
		String taskId = firstTaskOfANewDraft();
		this.engineTasks.claim(taskId, "exec.gafsa");
		HttpResponse<String> refused = PortalClient.signedIn(this.port, "sec.gafsa")
			.postForm("/agreements", "/tasks/" + taskId + "/draft", "eligibilityNotes", "x");
		// sent back to the list, told who holds it; nothing kept
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from form_draft where task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single()).isZero();
	}

	private String firstTaskOfANewDraft() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		JsonNode created = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForObject("/api/agreements", new HttpEntity<>("""
					{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
					 "titleAr":"اتفاقية توأمة","titleFr":"Jumelage Gafsa – Tozeur %d",
					 "partner":{"name":"Ville de Tozeur","city":"Tozeur","country":"FR","email":"x@example.org",
					            "language":"fr"},
					 "fields":["CULTURE"]}""".formatted(System.nanoTime()), headers), JsonNode.class);
		return this.engineTasks.createTaskQuery()
			.processInstanceBusinessKey(created.get("reference").asText())
			.singleResult()
			.getId();
	}

}
