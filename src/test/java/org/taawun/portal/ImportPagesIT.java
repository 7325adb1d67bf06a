package org.taawun.portal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a portfolio in the portal: checked first and shown line by line, then
 * imported without sending the files again, its progress followed on its own page; a bad
 * line shown where it is, in the user's language, with nothing written.
 */
@PostgresIntegrationTest
class ImportPagesIT {

	private static final String HEADER = "key,jurisdiction,localAuthority,instrument,titleAr,titleFr,partnerName,"
			+ "partnerCity,partnerCountry,state,signedOn,inForceFrom";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void checksThenImportsTheCheckedFilesAndFollowsTheImport() throws Exception {
		String key = "PORTAL-" + System.nanoTime();
		String agreements = HEADER + "\n" + key
				+ ",TN,gafsa,TWINNING,توأمة قفصة,Jumelage Gafsa – Nancy,Ville de Nancy,Nancy,FR,IN_FORCE,2012-04-02,2012-04-02";
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		assertThat(secretary.get("/").body()).contains("href=\"/imports\"");

		HttpResponse<String> checked = secretary.postMultipart("/imports", "/imports", "file", "agreements.csv",
				agreements, "action", null, "check");
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Vérification réussie", "id=\"import-checked\"", key);
		assertThat(count(key)).isZero();

		HttpResponse<String> started = secretary.postMultipart("/imports", "/imports", "action", null, "import");
		assertThat(started.statusCode()).isEqualTo(302);
		String run = started.headers().firstValue("Location").orElseThrow();
		assertThat(run).contains("/imports/runs/");
		String page = awaitDone(secretary, run.substring(run.indexOf("/imports/runs/")));
		assertThat(page).contains("id=\"import-done\"", "GAFSA-2012-");
		assertThat(count(key)).isEqualTo(1);
		assertThat(secretary.get("/imports").body()).contains("sec.gafsa");

		PortalClient other = PortalClient.signedIn(this.port, "sec.oran");
		assertThat(other.get(run.substring(run.indexOf("/imports/runs/"))).statusCode()).isEqualTo(404);
	}

	@Test
	void showsEachBadLineWhereItIsAndWritesNothing() throws Exception {
		String key = "BAD-" + System.nanoTime();
		String agreements = HEADER + "\n" + key + ",TN,gafsa,TWINNING,توأمة,Jumelage,Ville,Ville,FR,SIGNED,2030-01-01,";
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");

		HttpResponse<String> refused = secretary.postMultipart("/imports", "/imports?lang=ar", "file", "agreements.csv",
				agreements, "action", null, "import");
		assertThat(refused.statusCode()).isEqualTo(302);
		String page = awaitDone(secretary, refused.headers().firstValue("Location").orElseThrow());
		assertThat(page).contains("signedOn", "لم يحن بعد");
		assertThat(count(key)).isZero();

		HttpResponse<String> checked = secretary.postMultipart("/imports", "/imports?lang=fr", "file", "agreements.csv",
				agreements, "action", null, "check");
		assertThat(checked.statusCode()).isEqualTo(422);
		assertThat(checked.body()).contains("<td dir=\"ltr\">signedOn</td>", "n’est pas encore arrivé");
	}

	@Test
	void sendsStrangersToTheSignInPage() throws Exception {
		var stranger = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/imports"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void offersTheExampleToDownload() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.oran");
		HttpResponse<String> csv = secretary.get("/imports/template/memberships.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("localAuthority,network");
		assertThat(secretary.get("/imports/template.xlsx").headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats");
	}

	private long count(String key) {
		return this.jdbc.sql("select count(*) from agreement where import_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	/**
	 * The run's page once its import is over, as its self-refreshing page would show it.
	 */
	private static String awaitDone(PortalClient client, String location) throws Exception {
		String path = location.substring(location.indexOf("/imports/runs/"));
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (Instant.now().isBefore(deadline)) {
			String page = client.get(path).body();
			if (!page.contains("http-equiv=\"refresh\"")) {
				return page;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The import of " + path + " did not end");
	}

}
