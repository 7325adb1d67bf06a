package org.taawun.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal over plain HTTP: who gets in, what a page refuses, and the exports.
 */
@PostgresIntegrationTest
class PortalPagesIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TaskService engineTasks;

	@Autowired
	private HistoryService history;

	@Autowired
	private ManagementService management;

	@Test
	void sendsStrangersToTheSignInPageAndRefusesAFormPostedWithoutItsToken() throws Exception {
		HttpClient stranger = client();
		HttpResponse<String> home = stranger.send(get("/"), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		HttpClient secretary = signedIn("sec.gafsa");
		HttpResponse<String> forged = secretary.send(HttpRequest.newBuilder(uri("/agreements"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("titleAr=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void offersNewAgreementsOnlyToASecretariatAndRefusesADraftForAnAuthorityNotOneOwn() throws Exception {
		HttpClient executive = signedIn("exec.gafsa");
		String tasks = executive.send(get("/"), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(tasks).doesNotContain("/agreements/new");
		String form = executive.send(get("/agreements/new"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).isTrue();
		long before = this.jdbc.sql("select count(*) from agreement").query(Long.class).single();

		HttpResponse<String> refused = executive.send(HttpRequest.newBuilder(uri("/agreements"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("localAuthority=gafsa&instrument=TWINNING&titleAr=x&titleFr=x"
					+ "&partnerName=x&partnerCity=x&partnerCountry=TR&partnerEmail=a%40b.tr&partnerLanguage=tr"
					+ "&fields=CULTURE&requestKey=k1&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"localAuthority-error\"", "Indiquez la collectivité locale.");
		assertThat(this.jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void answersAnotherAuthoritysAgreementWithAPageNotFoundInTheUsersLanguage() throws Exception {
		long oran = this.jdbc.sql("select min(id) from agreement where local_authority = 'oran'")
			.query(Long.class)
			.single();
		HttpClient secretary = signedIn("sec.gafsa");

		HttpResponse<String> page = secretary.send(
				HttpRequest.newBuilder(uri("/agreements/" + oran)).header("Accept-Language", "ar").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("dir=\"rtl\"", "هذه الصفحة غير موجودة").doesNotContain("Exception");
		assertThat(secretary.send(get("/agreements/not-a-number"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void countsTheRegisterOnTheDashboardForEveryKindOfViewer() throws Exception {
		// an authority's own files, a ministry's referred ones, a country's inventory,
		// all
		for (String user : new String[] { "sec.oran", "exec.gafsa", "mfa.tn", "miclat", "admin" }) {
			HttpResponse<String> dashboard = signedIn(user).send(get("/dashboard"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(dashboard.statusCode()).as(user).isEqualTo(200);
			assertThat(dashboard.body()).as(user).contains("Par état", "Par domaine");
		}
	}

	@Test
	void exportsTheFilteredRegisterAsCsvThatASpreadsheetOpensInArabic() throws Exception {
		HttpClient reviewer = signedIn("mfa.tn");

		HttpResponse<byte[]> csv = reviewer.send(get("/agreements.csv?jurisdiction=TN"),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFRéférence,Pays de la collectivité,Collectivité,Instrument,");
		long referred = this.jdbc.sql("""
				select count(distinct a.id) from agreement a join agreement_referral r on r.agreement_id = a.id
				where r.reviewer_group = 'foreign-affairs-tn' and a.jurisdiction = 'TN'""").query(Long.class).single();
		assertThat(text.lines().count()).isEqualTo(referred + 1);
		assertThat(text.lines().skip(1)).allMatch((line) -> line.contains(",Tunisie,"))
			.noneMatch((line) -> line.contains("TWINNING") || line.contains("IN_FORCE") || line.contains("CULTURE"));
		// in Arabic: headers, states and countries by their Arabic names
		String arabic = new String(
				reviewer.send(get("/agreements.csv?jurisdiction=TN&lang=ar"), HttpResponse.BodyHandlers.ofByteArray())
					.body(),
				StandardCharsets.UTF_8);
		assertThat(arabic).startsWith("\uFEFFالمرجع,بلد الجماعة,الجماعة المحلية").contains(",تونس,");

		// the same as a workbook, in the same words, one row per agreement
		HttpResponse<byte[]> xlsx = reviewer.send(get("/agreements.xlsx?jurisdiction=TN&lang=ar"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx.body()))) {
			java.util.List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize((int) referred + 1);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("المرجع");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("تونس");
		}
	}

	@Test
	void searchesTheRegisterByWordsOfItsTitles() throws Exception {
		HttpClient secretary = signedIn("sec.oran");
		String title = this.jdbc
			.sql("select title_fr from agreement where local_authority = 'oran' order by id limit 1")
			.query(String.class)
			.single();
		String word = title.split(" ")[title.split(" ").length - 1];

		String page = secretary
			.send(get("/agreements?q=" + URLEncoder.encode(word.toUpperCase(), StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(page).contains(title);
		// its words in any order, and its partner's city
		String[] words = title.split(" ");
		String reversed = words[words.length - 1] + " " + words[0];
		assertThat(secretary
			.send(get("/agreements?q=" + URLEncoder.encode(reversed, StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains(title);
		String city = this.jdbc.sql("select partner_city from agreement where title_fr = ? order by id limit 1")
			.param(title)
			.query(String.class)
			.single();
		assertThat(secretary
			.send(get("/agreements?q=" + URLEncoder.encode(city, StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains(title);
		assertThat(secretary.send(get("/agreements?q=%25%25no-such-words%25"), HttpResponse.BodyHandlers.ofString())
			.body()).contains("Aucune convention");
	}

	@Test
	void givesTheRegisterOfTheSecretarysAuthorityAsPdf() throws Exception {
		HttpClient secretary = signedIn("sec.gafsa");

		HttpResponse<byte[]> pdf = secretary.send(get("/authorities/gafsa/register.pdf"),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> other = secretary.send(get("/authorities/oran/register.pdf"),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		assertThat(other.statusCode()).isEqualTo(404);
	}

	@Test
	void issuesAMissionOrderNamingEachMemberWithAMistakeShownOnItsEntry() throws Exception {
		ApprovedVisit visit = ApprovedVisit.at("http://localhost:" + this.port, this.jdbc, this.management,
				this.engineTasks);

		HttpClient secretary = signedIn("sec.oran");
		String order = visit.missionOrder();
		String page = secretary.send(get(order), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("class=\"field dynamic-list\"", "name=\"delegationMembers[0].fullName\"",
				"name=\"delegationMembers[0].office\"", "Membres de la délégation", "Ajouter une entrée");

		HttpResponse<String> refused = post(secretary, order,
				"missionOrderNumber=OM-2026-31&delegationMembers%5B0%5D.fullName=Mohamed+Benali"
						+ "&delegationMembers%5B0%5D.office=P%2FAPC&delegationMembers%5B1%5D.fullName="
						+ "&delegationMembers%5B1%5D.office=Secr%C3%A9taire+g%C3%A9n%C3%A9ral");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body())
			.contains("id=\"f-delegationMembers-1-fullName-error\"", "Ce champ est obligatoire.",
					"value=\"Secrétaire général\"", "value=\"Mohamed Benali\"")
			.doesNotContain("f-delegationMembers-0-fullName-error");

		// the agreement's page says whose task it is as people say it
		assertThat(
				secretary.send(get("/agreements/" + visit.agreementId()), HttpResponse.BodyHandlers.ofString()).body())
			.contains("Établir l’ordre de mission", "Secrétariat — Commune d&#39;Oran");

		HttpResponse<String> done = post(secretary, order,
				"missionOrderNumber=OM-2026-31&delegationMembers%5B0%5D.fullName=Mohamed+Benali"
						+ "&delegationMembers%5B0%5D.office=P%2FAPC&delegationMembers%5B3%5D.fullName=Amina+Kaci"
						+ "&delegationMembers%5B3%5D.office=Secr%C3%A9taire+g%C3%A9n%C3%A9rale");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/agreements/" + visit.agreementId());
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.variableName("delegationMembers")
			.list()
			.stream()
			.map((variable) -> variable.getValue().toString()))
			.contains("[{\"fullName\":\"Mohamed Benali\",\"office\":\"P/APC\"},"
					+ "{\"fullName\":\"Amina Kaci\",\"office\":\"Secrétaire générale\"}]");
	}

	@Test
	void checksTheDelegationTheTasklistSendsAsJsonByTheSameForm() throws Exception {
		ApprovedVisit visit = ApprovedVisit.at("http://localhost:" + this.port, this.jdbc, this.management,
				this.engineTasks);
		String submit = "/engine-rest" + visit.missionOrder().replace("/tasks/", "/task/") + "/submit-form";

		HttpResponse<String> refused = tasklist(submit, "[{\\\"fullName\\\": \\\"Amina Kaci\\\"}]");
		HttpResponse<String> accepted = tasklist(submit,
				"[{\\\"fullName\\\": \\\"Amina Kaci\\\", \\\"office\\\": \\\"Élue\\\"}]");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("delegationMembers[0].office");
		assertThat(accepted.statusCode()).isEqualTo(204);
	}

	/**
	 * What the Tasklist sends for the mission order: the dynamic list as a JSON variable.
	 */
	private HttpResponse<String> tasklist(String path, String members) throws IOException, InterruptedException {
		return client().send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", ApprovedVisit.SECRETARY_AUTHORIZATION)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"variables\": {\"missionOrderNumber\": {\"value\": \"OM-2026-33\"},"
						+ " \"delegationMembers\": {\"type\": \"Json\", \"value\": \"" + members + "\"}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void asksForAVisitFromThePageOfAnAgreementInForceWithItsMistakesShownOnTheirFields() throws Exception {
		AgreementInForce agreement = AgreementInForce.atOran(this.jdbc, this.management);
		long id = agreement.id();
		String reference = agreement.reference();
		long approvals = approvals(reference);
		String page = "/agreements/" + id;
		HttpClient secretary = signedIn("sec.oran");
		assertThat(secretary.send(get(page), HttpResponse.BodyHandlers.ofString()).body())
			.contains("Demander une visite", "action=\"" + page + "/visits\"");

		HttpResponse<String> refused = post(secretary, page, page + "/visits",
				"purpose=Formation+des+agents&departureDate=2027-03-10&returnDate=2027-03-02");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"direction-error\"", "Choisissez le sens de la visite.",
				"id=\"returnDate-error\"", "value=\"Formation des agents\"");
		assertThat(approvals(reference)).isEqualTo(approvals);

		HttpResponse<String> asked = post(secretary, page, page + "/visits",
				"direction=INCOMING&purpose=Formation+des+agents&departureDate=2027-03-10&returnDate=2027-03-14");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith(page);
		assertThat(approvals(reference)).isEqualTo(approvals + 1);

		// another authority's secretary sees neither the page nor its form
		HttpClient stranger = signedIn("sec.gafsa");
		assertThat(stranger.send(get(page), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		long gafsa = this.jdbc
			.sql("select min(id) from agreement where local_authority = 'gafsa' and state <> 'IN_FORCE'")
			.query(Long.class)
			.single();
		assertThat(stranger.send(get("/agreements/" + gafsa), HttpResponse.BodyHandlers.ofString()).body())
			.doesNotContain("Demander une visite");
	}

	private long approvals(String reference) {
		return this.engineTasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey("Task_ApproveVisit")
			.count();
	}

	/** Posts a form of the portal with the token of the page it is on. */
	private HttpResponse<String> post(HttpClient client, String path, String form)
			throws IOException, InterruptedException {
		return post(client, path, path, form);
	}

	/** Posts a form of a page to its action, with the page's token. */
	private HttpResponse<String> post(HttpClient client, String page, String action, String form)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(client.send(get(page), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(token.find()).isTrue();
		return client.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient signedIn(String user) throws IOException, InterruptedException {
		HttpClient client = client();
		String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return client;
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
