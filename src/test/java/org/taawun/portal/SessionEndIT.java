package org.taawun.portal;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.identity.Directory;
import org.taawun.identity.Role;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole working day in the portal: a form sent after the session ended keeps what was
 * typed through signing in again, in the user's language; a form without its token in a
 * live session is still refused; an unknown address and a missing file answer the
 * portal's own page in the reader's language, with nothing shown as code.
 */
@PostgresIntegrationTest
class SessionEndIT {

	/** What a browser asks for. */
	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Test
	void aTaskFormSentAfterTheSessionEndedComesBackFilledOnceTheSecretarySignsInAgain() throws Exception {
		String taskId = newTask();
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		String page = "/tasks/" + taskId;
		String token = secretary.token(page);

		secretary.sessionEnds();
		HttpResponse<String> sent = secretary.send(HttpRequest.newBuilder(secretary.uri(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.header("Referer", "http://localhost:" + this.port + page)
			.header("Accept-Language", "ar")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&eligibilityNotes="
					+ URLEncoder.encode("شريك مؤهل: مدينة ذات صلاحيات", StandardCharsets.UTF_8)
					+ "&eligibilityDecision=ELIGIBLE"))
			.build());

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		HttpResponse<String> signIn = secretary.get("/login?expired", "Accept-Language", "ar");
		assertThat(signIn.body()).contains("انتهت جلستك بينما كنت تملأ استمارة").doesNotContain("Whitelabel");
		assertThat(secretary.get("/login?expired").body()).contains("Votre session a pris fin");
		assertThat(this.jdbc.sql("select count(*) from act_ru_task where id_ = ?")
			.param(taskId)
			.query(Integer.class)
			.single()).as("nothing was completed").isEqualTo(1);

		String loginToken = secretary.token("/login");
		HttpResponse<String> back = secretary.send(HttpRequest.newBuilder(secretary.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=sec.gafsa&password=demo&_csrf=" + URLEncoder.encode(loginToken, StandardCharsets.UTF_8)))
			.build());
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith(page);
		String filled = secretary.get(page).body();
		assertThat(filled).contains("شريك مؤهل: مدينة ذات صلاحيات", "Voici ce que vous aviez saisi");
		assertThat(secretary.get(page).body()).as("shown once").doesNotContain("شريك مؤهل: مدينة ذات صلاحيات");
	}

	@Test
	void aTaskFinishedInAnotherTabIsNotBlamedOnSomeoneElseAndAColleagueIsNamed() throws Exception {
		String mine = newTask();
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		String page = "/tasks/" + mine;
		String token = secretary.token(page);
		complete("sec.gafsa", mine);

		HttpResponse<String> late = sendAgain(secretary, page, token);
		assertThat(late.statusCode()).isEqualTo(302);
		String tasks = secretary.get("/").body();
		assertThat(tasks).contains("Vous avez déjà terminé cette tâche").doesNotContain("{0}", "Quelqu’un d’autre");

		String colleague = "amel2." + System.nanoTime();
		this.directory.createDemoUser(colleague, "Amel", "Trabelsi", null, "demo");
		this.directory.ensureMembership(colleague, Role.SECRETARIAT.group("gafsa"));
		String theirs = newTask();
		String theirPage = "/tasks/" + theirs;
		String theirToken = secretary.token(theirPage);
		complete(colleague, theirs);
		sendAgain(secretary, theirPage, theirToken);
		assertThat(secretary.get("/").body()).contains("Cette tâche a déjà été terminée par Amel Trabelsi")
			.contains("class=\"alert warning\"")
			.doesNotContain("{0}");
	}

	@Test
	void aSignInRefusedWhileTheAccountWaitsSaysForHowLongAndKeepsTheName() throws Exception {
		String user = "nour." + System.nanoTime();
		this.directory.createDemoUser(user, "Nour", "Gafsa", null, "demo");
		this.directory.ensureMembership(user, Role.SECRETARIAT.group("gafsa"));
		PortalClient browser = PortalClient.anonymous(this.port);

		HttpResponse<String> wrong = signIn(browser, user, "not-the-password");
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("error", "username=" + user)
			.doesNotContain("retryIn");
		// the right password, at once: the account still waits after the refusal
		HttpResponse<String> tooSoon = signIn(browser, user, "demo");
		String location = tooSoon.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("retryIn=", "username=" + user);

		String page = browser.get(location.substring(location.indexOf("/login"))).body();
		assertThat(page).containsPattern("ce compte attend [0-9]+ secondes?").contains("value=\"" + user + "\"");
		assertThat(browser.get(location.substring(location.indexOf("/login")), "Accept-Language", "ar").body())
			.contains("ينتظر هذا الحساب");
	}

	private static HttpResponse<String> signIn(PortalClient browser, String user, String password) throws Exception {
		String token = browser.token("/login");
		return browser.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build());
	}

	@Test
	void aTaskAColleagueHoldsSaysWhoAndOffersNoFormToFill() throws Exception {
		String colleague = "karima." + System.nanoTime();
		this.directory.createDemoUser(colleague, "Karima", "Haddad", null, "demo");
		this.directory.ensureMembership(colleague, Role.SECRETARIAT.group("gafsa"));
		String task = newTask();
		assertThat(this.rest.withBasicAuth(colleague, "demo")
			.postForEntity("/api/tasks/{id}/claim", null, String.class, task)
			.getStatusCode()
			.is2xxSuccessful()).isTrue();

		String page = PortalClient.signedIn(this.port, "sec.gafsa").get("/tasks/" + task).body();

		assertThat(page).contains("Cette tâche est prise par Karima Haddad").doesNotContain("class=\"task-form\"");
		assertThat(PortalClient.signedIn(this.port, colleague).get("/tasks/" + task).body())
			.contains("class=\"task-form\"")
			.doesNotContain("Cette tâche est prise par");
	}

	@Test
	void anArabicPageIsolatesTheDecreesNumberAndLatinNamesAsTheDocumentsDo() throws Exception {
		String review = null;
		for (JsonNode task : this.rest.withBasicAuth("miclat", "demo").getForObject("/api/tasks", JsonNode.class)) {
			if ("Task_ReviewAtMinistry".equals(task.get("key").asText())) {
				review = task.get("id").asText();
			}
		}
		assertThat(review).as("the demo's file at the Ministry").isNotNull();
		PortalClient ministry = PortalClient.signedIn(this.port, "miclat");

		String arabic = ministry.get("/tasks/" + review, "Accept-Language", "ar").body();
		String french = ministry.get("/tasks/" + review).body();

		assertThat(arabic).contains("المرسوم التنفيذي رقم \u206817-329\u2069");
		// counted as each language counts: Arabic has a dual and a plural of three to ten
		assertThat(ministry.get("/", "Accept-Language", "ar").body())
			.containsPattern("مهمة واحدة|مهمتان|[0-9]+ مهام|[0-9]+ مهمة|لا توجد مهمة")
			.doesNotContainPattern("\\{0");
		assertThat(ministry.get("/").body()).containsPattern("[0-9]+ tâches|1 tâche|Aucune tâche")
			.doesNotContain("tâche(s)");
		assertThat(french).contains("décret 17-329").doesNotContain("\u2068");
	}

	@Test
	void aFormWithoutItsTokenInALiveSessionOrFromAnotherSiteIsRefused() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		HttpResponse<String> forged = secretary.send(HttpRequest.newBuilder(secretary.uri("/agreements"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString("titleAr=x"))
			.build());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Accès refusé").doesNotContain("Whitelabel", "??");

		secretary.sessionEnds();
		HttpResponse<String> elsewhere = secretary.send(HttpRequest.newBuilder(secretary.uri("/agreements"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://attacker.example")
			.POST(HttpRequest.BodyPublishers.ofString("titleAr=x"))
			.build());
		assertThat(elsewhere.statusCode()).isEqualTo(403);
	}

	@Test
	void anUnknownAddressAndAMissingFileAnswerThePortalsPageInTheReadersLanguage() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		for (String address : List.of("/no-such-page", "/agreements/987654321")) {
			HttpResponse<String> french = secretary.get(address, "Accept", HTML);
			assertThat(french.statusCode()).as(address).isEqualTo(404);
			assertThat(french.body()).as(address)
				.contains("<title>Page introuvable · Taawun</title>", "Cette page n’existe pas")
				.doesNotContain("??", "Whitelabel", "th:");
			HttpResponse<String> arabic = secretary.get(address, "Accept", HTML, "Accept-Language", "ar");
			assertThat(arabic.body()).as(address)
				.contains("lang=\"ar", "dir=\"rtl\"", "الصفحة غير موجودة")
				.doesNotContain("??", "Whitelabel");
		}
		HttpResponse<String> stranger = PortalClient.anonymous(this.port).get("/no-such-page", "Accept", HTML);
		assertThat(stranger.statusCode()).isEqualTo(404);
		assertThat(stranger.body()).contains("Page introuvable").doesNotContain("Whitelabel");
	}

	/** The form of a page shown earlier, sent now, as a second tab would. */
	private static HttpResponse<String> sendAgain(PortalClient browser, String page, String token) throws Exception {
		return browser.send(HttpRequest.newBuilder(browser.uri(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&eligibilityDecision=ELIGIBLE"))
			.build());
	}

	private void complete(String user, String taskId) {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		assertThat(this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/tasks/{id}/complete",
					new HttpEntity<>(Map.of("partnerIsLocalAuthority", true, "publicInterestConfirmed", true,
							"withinCompetences", true, "eligibilityDecision", "ELIGIBLE"), json),
					JsonNode.class, taskId)
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
	}

	private String newTask() {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		JsonNode created = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForObject("/api/agreements",
					new HttpEntity<>(
							Map.of("jurisdiction", "TN", "localAuthority", "gafsa", "instrument", "TWINNING", "titleAr",
									"اتفاقية توأمة", "titleFr", "Jumelage avec Sousse", "partner",
									Map.of("name", "Ville de Brest", "city", "Brest", "country", "FR", "email",
											"brest@partner.example", "language", "fr"),
									"fields", List.of("CULTURE")),
							json),
					JsonNode.class);
		for (JsonNode task : this.rest.withBasicAuth("sec.gafsa", "demo").getForObject("/api/tasks", JsonNode.class)) {
			if (created.get("reference").asText().equals(task.get("reference").asText())) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("No task for " + created.get("reference"));
	}

}
