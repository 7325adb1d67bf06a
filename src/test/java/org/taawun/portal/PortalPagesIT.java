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
	void exportsTheFilteredRegisterAsCsvThatASpreadsheetOpensInArabic() throws Exception {
		HttpClient reviewer = signedIn("mfa.tn");

		HttpResponse<byte[]> csv = reviewer.send(get("/agreements.csv?jurisdiction=TN"),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFreference,jurisdiction,local_authority");
		long referred = this.jdbc.sql("""
				select count(distinct a.id) from agreement a join agreement_referral r on r.agreement_id = a.id
				where r.reviewer_group = 'foreign-affairs-tn' and a.jurisdiction = 'TN'""").query(Long.class).single();
		assertThat(text.lines().count()).isEqualTo(referred + 1);
		assertThat(text.lines().skip(1)).allMatch((line) -> line.contains(",TN,"));
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
		assertThat(secretary.send(get("/agreements?q=%25%25no-such-words%25"), HttpResponse.BodyHandlers.ofString())
			.body()).contains("0 convention(s)");
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
