package org.taawun.agreement;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.identity.Directory;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's REST API on PostgreSQL, as the demo users call it.
 */
@PostgresIntegrationTest
class AgreementApiIT {

	private static final String GAFSA_SELCUKLU = """
			{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
			 "titleAr":"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو","titleFr":"Jumelage Gafsa – Selçuklu",
			 "partner":{"name":"Selçuklu Belediyesi","city":"Konya","country":"TR",
			            "email":"dis.iliskiler@selcuklu.bel.tr","language":"tr"},
			 "fields":["CULTURE"]}""";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Test
	void createsOneAgreementForARequestSentTwiceWithTheSameIdempotencyKey() throws Exception {
		long before = this.jdbc.sql("select count(*) from agreement").query(Long.class).single();
		String key = "draft-" + System.nanoTime();

		ResponseEntity<JsonNode> first = postWithKey(key);
		ResponseEntity<JsonNode> again = postWithKey(key);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
		assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());

		// two at the same moment, with another key: still one agreement
		String raced = "raced-" + System.nanoTime();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var start = new java.util.concurrent.CountDownLatch(1);
		var answers = new java.util.ArrayList<java.util.concurrent.Future<ResponseEntity<JsonNode>>>();
		for (int i = 0; i < 2; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return postWithKey(raced);
			}));
		}
		start.countDown();
		java.util.Set<Long> ids = new java.util.HashSet<>();
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		for (var answer : answers) {
			ids.add(answer.get().getBody().get("id").asLong());
			statuses.add(answer.get().getStatusCode().value());
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(statuses).containsExactlyInAnyOrder(201, 200);
		assertThat(this.jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(before + 2);
	}

	@Test
	void refusesAnIdempotencyKeyWithSpacesOrTooLong() {
		assertThat(postWithKey("two words").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(postWithKey("k".repeat(201)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private ResponseEntity<JsonNode> postWithKey(String key) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("Idempotency-Key", key);
		return this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/api/agreements", new HttpEntity<>(GAFSA_SELCUKLU, headers), JsonNode.class);
	}

	@Test
	void draftsAnAgreementWhoseFirstTaskTheSecretaryCanClaim() {
		// when
		ResponseEntity<JsonNode> created = post("sec.gafsa", GAFSA_SELCUKLU, "fr");

		// then
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode body = created.getBody();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/agreements/" + body.get("id").asLong());
		assertThat(body.get("reference").asText()).matches("GAFSA-\\d{4}-\\d{3}");
		assertThat(body.get("state").asText()).isEqualTo("VETTING");
		assertThat(body.at("/partner/name").asText()).isEqualTo("Selçuklu Belediyesi");
		assertThat(body.get("titleAr").asText()).isEqualTo("اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو");
		assertThat(body.at("/localAuthority/name/ar").asText()).isEqualTo("بلدية قفصة");
		assertThat(body.at("/tasks/0/key").asText()).isEqualTo("Task_CheckEligibility");
		assertThat(body.at("/tasks/0/candidateGroups/0").asText()).isEqualTo("secretariat-gafsa");
		assertThat(body.get("timeline").findValuesAsText("subject")).contains("INITIATIVE", "VETTING",
				"AgreementLifecycle");

		// and the secretary claims the task through the engine REST API, as the Tasklist
		// does
		String reference = body.get("reference").asText();
		ResponseEntity<JsonNode> offered = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/engine-rest/task?processInstanceBusinessKey={ref}&candidateUser=sec.gafsa", JsonNode.class,
					reference);
		assertThat(offered.getBody()).hasSize(1);
		String taskId = offered.getBody().get(0).get("id").asText();
		ResponseEntity<String> claimed = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/engine-rest/task/{id}/claim", json(Map.of("userId", "sec.gafsa")), String.class, taskId);
		assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode task = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/engine-rest/task/{id}", JsonNode.class, taskId);
		assertThat(task.get("assignee").asText()).isEqualTo("sec.gafsa");
		// the Tasklist tells one file's task from another's: step in both languages,
		// reference, titles
		assertThat(task.get("name").asText()).isEqualTo("Vérifier l’éligibilité · التحقق من الأهلية — " + reference);
		assertThat(task.get("description").asText())
			.isEqualTo("Jumelage Gafsa – Selçuklu\nاتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو");
	}

	@Test
	void answersOneMessagePerBadFieldAndWritesNothing() {
		long before = agreements();
		String bad = """
				{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING","titleAr":" ","titleFr":"x",
				 "partner":{"name":"","city":"Konya","country":"XX","email":"not-an-address","language":"turkish"},
				 "fields":[]}""";

		ResponseEntity<JsonNode> answer = post("sec.gafsa", bad, "fr");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(answer)).containsExactlyInAnyOrder("titleAr", "partner.name", "partner.country",
				"partner.email", "partner.language", "fields");
		assertThat(messageOf(answer, "partner.country")).contains("ISO 3166");
		assertThat(agreements()).isEqualTo(before);
	}

	@Test
	void answersInArabicWhenAskedTo() {
		String bad = GAFSA_SELCUKLU.replace("\"country\":\"TR\"", "\"country\":\"tr\"");

		ResponseEntity<JsonNode> answer = post("sec.gafsa", bad, "ar");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().get("title").asText()).isEqualTo("طلب غير صالح");
		assertThat(messageOf(answer, "partner.country")).startsWith("رمز بلد غير معروف");
	}

	@Test
	void namesTheFieldOfAnUnknownChoice() {
		ResponseEntity<JsonNode> answer = post("sec.gafsa", GAFSA_SELCUKLU.replace("TWINNING", "ALLIANCE"), "fr");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(answer)).containsExactly("instrument");
		assertThat(messageOf(answer, "instrument")).contains("TWINNING", "COOPERATION_CONVENTION");
	}

	@Test
	void refusesAnAuthorityOfAnotherJurisdictionOnItsField() {
		ResponseEntity<JsonNode> answer = post("sec.gafsa", GAFSA_SELCUKLU.replace("\"TN\"", "\"DZ\""), "fr");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(answer)).containsExactly("localAuthority");
	}

	@Test
	void takesAnOrganisationAsPartnerInTunisiaAndNotInAlgeria() {
		String giz = GAFSA_SELCUKLU
			.replace("\"name\":\"Selçuklu Belediyesi\"",
					"\"name\":\"GIZ – Coopération allemande\",\"kind\":\"ORGANISATION\"")
			.replace("\"TR\"", "\"DE\"");
		ResponseEntity<JsonNode> tunisia = post("sec.gafsa", giz, "fr");
		assertThat(tunisia.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(tunisia.getBody().at("/partner/kind").asText()).isEqualTo("ORGANISATION");

		long before = agreements();
		String oran = giz.replace("\"TN\"", "\"DZ\"").replace("\"gafsa\"", "\"oran\"");
		ResponseEntity<JsonNode> algeria = post("sec.oran", oran, "ar");
		assertThat(algeria.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(algeria)).containsExactly("partner.kind");
		assertThat(messageOf(algeria, "partner.kind")).isNotBlank().doesNotContain("{");
		assertThat(agreements()).isEqualTo(before);
	}

	@Test
	void refusesADraftForAnotherAuthorityAndWritesNothing() {
		long before = agreements();

		ResponseEntity<JsonNode> answer = post("sec.gafsa", GAFSA_SELCUKLU.replace("\"gafsa\"", "\"sfax\""), "fr");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(agreements()).isEqualTo(before);
	}

	@Test
	void answersNotFoundForAnUnknownAgreement() {
		ResponseEntity<JsonNode> answer = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/agreements/987654321", JsonNode.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("detail").asText()).contains("987654321");
	}

	@Test
	void hidesAnotherAuthoritysAgreementAsNotFound() {
		long sfaxAgreement = this.jdbc.sql("select min(id) from agreement where local_authority = 'sfax'")
			.query(Long.class)
			.single();

		ResponseEntity<JsonNode> answer = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/agreements/{id}", JsonNode.class, sfaxAgreement);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getBody().toString()).doesNotContain("Grenoble");
	}

	@Test
	void listsOnlyTheAgreementsTheCallerMaySeeWithItsFilters() {
		JsonNode gafsa = this.rest.withBasicAuth("sec.gafsa", "demo").getForObject("/api/agreements", JsonNode.class);
		assertThat(gafsa.get("items").findValuesAsText("code")).isNotEmpty().containsOnly("gafsa");

		JsonNode tunisia = this.rest.withBasicAuth("mfa.tn", "demo")
			.getForObject("/api/agreements?jurisdiction=TN&size=200", JsonNode.class);
		assertThat(tunisia.get("items").findValuesAsText("jurisdiction")).isNotEmpty().containsOnly("TN");
		// the directorate sees the files referred to it: Gafsa–Fribourg, not Sfax's fresh
		// draft
		assertThat(tunisia.get("items").findValuesAsText("code")).contains("gafsa").doesNotContain("sfax");

		JsonNode german = this.rest.withBasicAuth("mfa.tn", "demo")
			.getForObject("/api/agreements?country=DE&localAuthority=gafsa", JsonNode.class);
		assertThat(german.get("items").findValues("partner"))
			.allSatisfy((partner) -> assertThat(partner.get("country").asText()).isEqualTo("DE"));
		assertThat(german.get("total").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void findsWordsWhateverTheirAccentsVowelsAndHamzaForms() {
		postWithKey("folded-" + System.nanoTime());
		for (String words : List.of("selcuklu", "SELÇUKLU", "توامة بين", "تَوْأَمَة", "سلجوقلـو")) {
			JsonNode found = this.rest.withBasicAuth("sec.gafsa", "demo")
				.getForObject("/api/agreements?q={q}", JsonNode.class, words);
			assertThat(found.get("items").findValuesAsText("titleFr")).as(words).contains("Jumelage Gafsa – Selçuklu");
		}
		JsonNode none = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements?q={q}", JsonNode.class, "Selcukluz");
		assertThat(none.get("total").asLong()).isZero();

		// the database folds a title as the application folds the words sought
		for (String text : List.of("Ville de Villeurbanne (Métropole de Lyon)", "Selçuklu Belediyesi", "İZMİR Şişli",
				"Saint-Étienne Œuvre", "بِسْمِ اللَّهِ", "إسلاميّة مدرسة الأُبَيِّض", "القاهرة ـ مصر", "ٱلمدينة على")) {
			assertThat(this.jdbc.sql("select search_fold(?)").param(text).query(String.class).single()).as(text)
				.isEqualTo(SearchText.fold(text));
		}
	}

	@Test
	void theMinistryKeepingTheNationalInventoryReadsEveryFileOfItsCountryAndActsOnNone() {
		post("sec.gafsa", GAFSA_SELCUKLU, "fr");
		long tunisian = this.jdbc.sql("select count(*) from agreement where jurisdiction = 'TN'")
			.query(Long.class)
			.single();
		JsonNode inventory = this.rest.withBasicAuth("mal.tn", "demo")
			.getForObject("/api/agreements?size=200", JsonNode.class);
		assertThat(inventory.get("total").asLong()).isEqualTo(Math.min(tunisian, PageOf.COUNT_LIMIT));
		assertThat(inventory.get("items").findValuesAsText("jurisdiction")).isNotEmpty().containsOnly("TN");
		assertThat(this.rest.withBasicAuth("mal.tn", "demo")
			.getForObject("/api/agreements?jurisdiction=DZ", JsonNode.class)
			.get("total")
			.asLong()).isZero();

		// reading is all: the tasks stay with those the law names
		String task = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/tasks", JsonNode.class)
			.get(0)
			.get("id")
			.asText();
		assertThat(this.rest.withBasicAuth("mal.tn", "demo")
			.postForEntity("/api/tasks/{id}/claim", null, JsonNode.class, task)
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(this.rest.withBasicAuth("mal.tn", "demo").getForObject("/api/tasks", JsonNode.class)).isEmpty();
	}

	@Test
	void refusesAnUnknownStateFilterAndAnOversizedPage() {
		ResponseEntity<JsonNode> state = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/agreements?state=FORGOTTEN", JsonNode.class);
		assertThat(state.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(state)).containsExactly("state");

		ResponseEntity<JsonNode> size = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/agreements?size=5000", JsonNode.class);
		assertThat(size.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(size)).containsExactly("size");
	}

	@Test
	void asksForCredentials() {
		ResponseEntity<String> anonymous = this.rest.getForEntity("/api/agreements", String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		// a user of its own: the directory delays the next login of an account after a
		// failure
		if (!this.directory.hasUser("careless.user")) {
			this.directory.createDemoUser("careless.user", "Careless", "User", "careless@example.org", "right");
		}
		ResponseEntity<String> wrongPassword = this.rest.withBasicAuth("careless.user", "wrong")
			.getForEntity("/api/agreements", String.class);
		assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<JsonNode> post(String user, String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return this.rest.withBasicAuth(user, "demo")
			.exchange("/api/agreements", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static HttpEntity<Map<String, String>> json(Map<String, String> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static List<String> fields(ResponseEntity<JsonNode> problem) {
		return problem.getBody().get("errors").findValuesAsText("field");
	}

	private static String messageOf(ResponseEntity<JsonNode> problem, String field) {
		for (JsonNode error : problem.getBody().get("errors")) {
			if (error.get("field").asText().equals(field)) {
				return error.get("message").asText();
			}
		}
		throw new AssertionError("No error on " + field + " in " + problem.getBody());
	}

	private long agreements() {
		return this.jdbc.sql("select count(*) from agreement").query(Long.class).single();
	}

}
