package org.taawun.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an ordinary user may not do with the engine's REST API, and the passwords anyone
 * may set: a user changes their password through our API, giving the current one, and
 * every new password passes the password rules whoever sets it.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSurfaceIT {

	private static final String USER = "password.changer";

	private static final String FIRST = "Le-figuier-de-la-cour-1962";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private Directory directory;

	@BeforeAll
	void aUserOfGafsa() {
		if (!this.directory.hasUser(USER)) {
			this.directory.createDemoUser(USER, "Rim", "Haddad", "rim@demo.taawun.org", FIRST);
			this.directory.ensureMembership(USER, "secretariat-gafsa");
		}
	}

	@Test
	void keepsTheEnginesProfilesMetricsAndDeploymentsFromOrdinaryUsers() {
		String profile = "{\"id\":\"sec.gafsa\",\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x@evil.example\"}";
		assertThat(status("sec.gafsa", HttpMethod.PUT, "/engine-rest/user/sec.gafsa/profile", profile)).isEqualTo(403);
		assertThat(status("sec.gafsa", HttpMethod.PUT, "/engine-rest/user/sec.gafsa/credentials",
				"{\"password\":\"Une-phrase-de-passe-solide-2026\",\"authenticatedUserPassword\":\"demo\"}"))
			.isEqualTo(403);
		assertThat(status("sec.gafsa", HttpMethod.GET, "/engine-rest/metrics/activity-instance-start/sum", null))
			.isEqualTo(403);
		assertThat(status("admin", HttpMethod.GET, "/engine-rest/metrics/activity-instance-start/sum", null))
			.isEqualTo(200);
		assertThat(status("sec.gafsa", HttpMethod.GET, "/engine-rest/telemetry/data", null)).isEqualTo(403);
		// what answered 500: a deployment sent as JSON, a condition no process starts on
		assertThat(status("admin", HttpMethod.POST, "/engine-rest/deployment/create", "{}")).isEqualTo(415);
		assertThat(status("admin", HttpMethod.POST, "/engine-rest/condition", "{}")).isEqualTo(400);
		assertThat(status("sec.gafsa", HttpMethod.POST, "/engine-rest/condition", "{}")).isEqualTo(400);
	}

	@Test
	void holdsEveryNewPasswordToTheRulesWhoeverSetsIt() {
		// an administrator through the engine REST API
		assertThat(status("admin", HttpMethod.PUT, "/engine-rest/user/" + USER + "/credentials",
				"{\"password\":\"password1234\",\"authenticatedUserPassword\":\"demo\"}"))
			.isEqualTo(400);
		// the user through our API
		refused(FIRST, "court", "newPassword", "fr", "Le mot de passe doit compter au moins 12 caractères");
		refused(FIRST, "azertyuiop123", "newPassword", "ar", "سهلة التخمين");
		refused(FIRST, "password.changer-2026", "newPassword", "fr", "nom d’utilisateur");

		String second = "Trois-palmiers-et-un-puits";
		ResponseEntity<String> changed = this.rest.withBasicAuth(USER, FIRST)
			.exchange("/api/me/password", HttpMethod.POST, json(change(FIRST, second), "fr"), String.class);
		assertThat(changed.getStatusCode().value()).isEqualTo(204);
		assertThat(status(USER, second, HttpMethod.GET, "/api/tasks")).isEqualTo(200);
		assertThat(this.rest.withBasicAuth(USER, second)
			.exchange("/api/me/password", HttpMethod.POST, json(change(second, FIRST), "fr"), String.class)
			.getStatusCode()
			.value()).as("back to the first password").isEqualTo(204);
	}

	private void refused(String current, String next, String field, String language, String message) {
		ResponseEntity<JsonNode> answer = this.rest.withBasicAuth(USER, FIRST)
			.exchange("/api/me/password", HttpMethod.POST, json(change(current, next), language), JsonNode.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
		assertThat(answer.getBody().get("errors").get(0).get("message").asText()).contains(message);
	}

	private static String change(String current, String next) {
		return "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, next);
	}

	private int status(String user, HttpMethod method, String path, String body) {
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, method, json(body, "fr"), String.class)
			.getStatusCode()
			.value();
	}

	private int status(String user, String password, HttpMethod method, String path) {
		return this.rest.withBasicAuth(user, password)
			.exchange(path, method, json(null, "fr"), String.class)
			.getStatusCode()
			.value();
	}

	private static HttpEntity<String> json(String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return new HttpEntity<>(body, headers);
	}

}
