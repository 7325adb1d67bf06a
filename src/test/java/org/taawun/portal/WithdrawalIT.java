package org.taawun.portal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executive withdraws a file not yet in force, from the agreement's page or the API:
 * reasons required (the page keeps what was typed), only the executive, and never once
 * the file is closed.
 */
@PostgresIntegrationTest
class WithdrawalIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void theExecutiveWithdrawsAFileFromItsPageWithItsReasons() throws Exception {
		long id = draft();
		PortalClient executive = PortalClient.signedIn(this.port, "exec.oran");
		String page = "/agreements/" + id;
		assertThat(executive.get(page).body()).contains("Retirer le dossier");
		assertThat(PortalClient.signedIn(this.port, "sec.oran").get(page).body()).doesNotContain("withdrawal-form");

		String tooLong = "Motifs détaillés. ".repeat(250);
		HttpResponse<String> refused = executive.postForm(page, page + "/withdrawal", "reason", tooLong);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"withdrawal-reason-error\"", tooLong.strip());
		assertThat(state(id)).isEqualTo("VETTING");

		HttpResponse<String> withdrawn = executive.postForm(page, page + "/withdrawal", "reason",
				"Le conseil a changé de priorités.");
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		String after = executive.get(page).body();
		assertThat(after).contains("Le dossier est retiré", "Dossier retiré par la collectivité : Le conseil a changé")
			.doesNotContain("withdrawal-form");
		assertThat(state(id)).isEqualTo("ABANDONED");
	}

	@Test
	void theApiAsksForReasonsRefusesAnyoneButTheExecutiveAndAClosedFile() {
		long id = draft();

		ResponseEntity<JsonNode> noReason = post("exec.oran", id, Map.of());
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(noReason.getBody().findValuesAsText("field")).contains("reason");
		assertThat(post("sec.oran", id, Map.of("reason", "Pas mon rôle.")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("exec.gafsa", id, Map.of("reason", "Pas ma commune.")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(post("exec.oran", id, Map.of("reason", "Le partenaire ne répond plus.")).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
		assertThat(state(id)).isEqualTo("ABANDONED");
		assertThat(this.rest.withBasicAuth("sec.oran", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id)
			.get("tasks")).isEmpty();

		ResponseEntity<JsonNode> again = post("exec.oran", id, Map.of("reason", "Encore."));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private ResponseEntity<JsonNode> post(String user, long id, Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/agreements/{id}/withdrawal", new HttpEntity<>(body, headers), JsonNode.class, id);
	}

	private String state(long id) {
		return this.rest.withBasicAuth("sec.oran", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id)
			.get("state")
			.asText();
	}

	private long draft() {
		Map<String, Object> body = Map.of(
				"jurisdiction", "DZ", "localAuthority", "oran", "instrument", "TWINNING", "titleAr", "اتفاقية توأمة",
				"titleFr", "Jumelage avec Lille", "partner", Map.of("name", "Ville de Lille", "city", "Lille",
						"country", "FR", "email", "contact@example.org", "language", "fr"),
				"fields", List.of("CULTURE"));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth("sec.oran", "demo")
			.postForEntity("/api/agreements", new HttpEntity<>(body, headers), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("id").asLong();
	}

}
