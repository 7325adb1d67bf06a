package org.taawun.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.taawun.support.ApiContract;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API is a problem in the caller's language, also where no operation
 * matched, and paging that cannot be answered is the caller's mistake, never ours. Each
 * answer is held to the API's description as well ({@link ApiContract}).
 */
@PostgresIntegrationTest
class ApiErrorsIT {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void answersAnUnknownAddressAWrongMethodAndAnUnknownFormatAsProblems() {
		int before = ApiContract.answersChecked();

		problem(call("sec.gafsa", HttpMethod.GET, "/api/nothing", null, "ar"), 404, "عنوان غير معروف");
		problem(call("sec.gafsa", HttpMethod.GET, "/api/nothing", null, "fr"), 404, "Adresse inconnue");
		ResponseEntity<JsonNode> wrongMethod = call("sec.gafsa", HttpMethod.DELETE, "/api/agreements", null, "fr");
		problem(wrongMethod, 405, "Méthode non permise");
		assertThat(wrongMethod.getHeaders().getAllow()).isNotEmpty();
		HttpHeaders text = new HttpHeaders();
		text.setContentType(MediaType.TEXT_PLAIN);
		text.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
		problem(this.rest.withBasicAuth("sec.gafsa", "demo")
			.exchange("/api/agreements", HttpMethod.POST, new HttpEntity<>("x", text), JsonNode.class), 415,
				"Format non pris en charge");
		ResponseEntity<JsonNode> anonymous = this.rest.exchange("/api/agreements", HttpMethod.GET,
				new HttpEntity<>(headers("ar")), JsonNode.class);
		problem(anonymous, 401, "يلزم تسجيل الدخول");
		assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		// someone unknown: a known user's wrong password would make their next sign-in
		// wait
		problem(this.rest.withBasicAuth("nobody.here", "wrong")
			.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(headers("fr")), JsonNode.class), 401,
				"Identification requise");

		assertThat(ApiContract.answersChecked()).as("answers held to the description").isEqualTo(before + 6);
	}

	@Test
	void refusesPagesThatCannotBeAnsweredNamingTheParameter() {
		for (String query : new String[] { "page=2147483647", "page=-1", "page=100001", "page=99999999999" }) {
			field(call("sec.gafsa", HttpMethod.GET, "/api/agreements?" + query, null, "fr"), "page");
		}
		for (String query : new String[] { "size=0", "size=201", "size=2147483647", "size=abc" }) {
			field(call("sec.gafsa", HttpMethod.GET, "/api/agreements?" + query, null, "fr"), "size");
		}
		ResponseEntity<JsonNode> deepest = call("miclat", HttpMethod.GET, "/api/agreements?page=100000&size=200", null,
				"fr");
		assertThat(deepest.getStatusCode().value()).isEqualTo(200);
		assertThat(deepest.getBody().get("items")).isEmpty();
	}

	@Test
	void answersTheRefusalsOfOperationsAFileNotInForceCannotTake() {
		String draft = """
				{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة","titleFr":"Jumelage Gafsa – Tozeur",
				 "partner":{"name":"Ville de Tozeur","city":"Tozeur","country":"FR",
				            "email":"contact@tozeur.example","language":"fr"},
				 "fields":["CULTURE"]}""";
		JsonNode drafted = call("sec.gafsa", HttpMethod.POST, "/api/agreements", draft, "fr").getBody();
		long id = drafted.get("id").asLong();
		for (String change : new String[] { "amendments", "suspension", "termination" }) {
			ResponseEntity<JsonNode> refused = call("sec.gafsa", HttpMethod.POST,
					"/api/agreements/" + id + "/" + change, null, "fr");
			assertThat(refused.getStatusCode().value()).as(change).isEqualTo(409);
		}
		String taskId = drafted.get("tasks").get(0).get("id").asText();
		assertThat(call("sec.gafsa", HttpMethod.POST, "/api/tasks/" + taskId + "/claim", null, "fr").getStatusCode()
			.value()).isEqualTo(204);
		assertThat(call("sec.gafsa", HttpMethod.POST, "/api/tasks/" + taskId + "/unclaim", null, "fr").getStatusCode()
			.value()).isEqualTo(204);
		assertThat(call("admin", HttpMethod.GET, "/api/sign-in-failures", null, "fr").getStatusCode().value())
			.isEqualTo(200);
	}

	private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, String body, String language) {
		HttpHeaders headers = headers(language);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static HttpHeaders headers(String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return headers;
	}

	private static void problem(ResponseEntity<JsonNode> answer, int status, String title) {
		assertThat(answer.getStatusCode().value()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isNotNull()
			.matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
		assertThat(answer.getBody().get("title").asText()).isEqualTo(title);
		assertThat(answer.getBody().get("status").asInt()).isEqualTo(status);
	}

	private static void field(ResponseEntity<JsonNode> answer, String name) {
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly(name);
	}

}
