package org.taawun.publication;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.agreement.CooperationField;
import org.taawun.lessons.Lessons;
import org.taawun.lessons.SharedLesson;
import org.taawun.support.DueJobs;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open register as anyone reads it, without an account: its pages in French, Arabic
 * and English, its map, its open data served from a cache the next change renews, and
 * nothing personal anywhere in it.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicRegisterIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ManagementService management;

	@Autowired
	private Lessons lessons;

	private PortalClient visitor;

	@BeforeEach
	void aVisitorWithoutAnAccount() {
		// the demo's signed agreements enter into force by a job
		DueJobs.run(this.management);
		this.visitor = PortalClient.anonymous(this.port);
	}

	@Test
	@Order(1)
	void showsTheAgreementsInForceInThreeLanguagesWithAMapAndNothingElse() throws Exception {
		String inForce = one("select reference from agreement where state = 'IN_FORCE' order by id");
		String drafted = one("select reference from agreement where state in ('VETTING', 'NEGOTIATION') order by id");
		String country = one("select partner_country from agreement where reference = '" + inForce + "'");

		HttpResponse<String> french = this.visitor.get("/public?q=" + inForce);
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("Registre ouvert des conventions", inForce)
			.doesNotContain(drafted, "Se déconnecter");
		assertThat(french.body()).containsPattern("class=\"country level-\\d\" data-country=\"" + country + "\"");
		assertThat(french.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'",
				"frame-ancestors 'none'");
		assertThat(french.headers().firstValue("Set-Cookie")).as("no session for a visitor").isEmpty();

		assertThat(this.visitor.get("/public?lang=en").body()).contains("<html lang=\"en\"", "Open register",
				"Partners around the world");
		assertThat(this.visitor.get("/public?lang=ar").body()).contains("dir=\"rtl\"", "السجل المفتوح");
		assertThat(this.visitor.get("/public?lang=fr").body()).contains("<html lang=\"fr\"");

		// filtered by the partner's country and state, searched by words
		assertThat(this.visitor.get("/public?state=in-force&country=" + country + "&q=" + inForce).body())
			.contains(inForce);
		assertThat(this.visitor.get("/public?state=ended&q=" + inForce).body()).doesNotContain(">" + inForce + "<");

		// read-only: a visitor changes nothing
		assertThat(this.visitor.postForm("/login", "/public", "q", "x").statusCode()).isEqualTo(405);
	}

	@Test
	@Order(2)
	void servesTheOpenDataFromACacheThatTheNextChangeRenews() throws Exception {
		long published = this.jdbc
			.sql("select count(*) from agreement where state in ('IN_FORCE', 'RENEWED', 'SUSPENDED', 'EXPIRED', "
					+ "'TERMINATED')")
			.query(Long.class)
			.single();
		HttpResponse<String> csv = this.visitor.get("/public/agreements.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body().lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF" + String.join(",", OpenData.COLUMNS));
		assertThat(csv.body().lines().count()).isEqualTo(published + 1);

		HttpResponse<String> json = this.visitor.get("/public/agreements.json");
		JsonNode body = new ObjectMapper().readTree(json.body());
		assertThat(body.get("count").asLong()).isEqualTo(published);
		JsonNode schema = new ObjectMapper().readTree(this.visitor.get("/public/agreements.schema.json").body());
		List<String> documented = new ArrayList<>();
		schema.at("/properties/agreements/items/properties").fieldNames().forEachRemaining(documented::add);
		assertThat(documented).containsExactlyElementsOf(OpenData.COLUMNS);
		body.get("agreements").forEach((agreement) -> {
			List<String> fields = new ArrayList<>();
			agreement.fieldNames().forEachRemaining(fields::add);
			assertThat(fields).containsExactlyElementsOf(OpenData.COLUMNS);
		});

		// the client's copy is still good: 304, nothing sent again
		String etag = json.headers().firstValue("ETag").orElseThrow();
		assertThat(this.visitor.get("/public/agreements.json", "If-None-Match", etag).statusCode()).isEqualTo(304);

		// a change to a published agreement: the next answer carries it
		String reference = one("select reference from agreement where state = 'IN_FORCE' order by id");
		String city = one("select partner_city from agreement where reference = '" + reference + "'");
		this.jdbc
			.sql("update agreement set partner_city = 'Ville renommée', updated_at = current_timestamp "
					+ "where reference = ?")
			.param(reference)
			.update();
		HttpResponse<String> renewed = this.visitor.get("/public/agreements.json", "If-None-Match", etag);
		assertThat(renewed.statusCode()).isEqualTo(200);
		assertThat(renewed.body()).contains("Ville renommée");
		// the city given back: other tests find this agreement by it
		this.jdbc.sql("update agreement set partner_city = ?, updated_at = current_timestamp where reference = ?")
			.params(city, reference)
			.update();
	}

	@Test
	@Order(2)
	void theOpenRegisterShowsTheLessonsAnAuthorityPublishedWithoutItsOffice() throws Exception {
		long selcuklu = this.jdbc.sql("select id from agreement where import_key = 'GAF-SEL-2013'")
			.query(Long.class)
			.single();
		String published = "Des jardins partagés entretenus par les écoles " + System.nanoTime();
		String kept = "Une régie de quartier pour l’éclairage " + System.nanoTime();
		this.lessons.share(new SharedLesson("lessons-it-published-" + System.nanoTime(), selcuklu,
				CooperationField.URBAN_PLANNING, 2025, published, null, "Bureau des espaces verts", true));
		this.lessons.share(new SharedLesson("lessons-it-kept-" + System.nanoTime(), selcuklu,
				CooperationField.URBAN_PLANNING, 2025, kept, null, "Bureau de l’éclairage", false));

		String french = this.visitor.get("/public").body();
		assertThat(french).contains("Ce que les collectivités ont appris", published)
			.doesNotContain(kept, "Bureau des espaces verts");
		assertThat(this.visitor.get("/public?lang=en").body()).contains("What local authorities learnt", published,
				"Urban planning");
		this.visitor.get("/public?lang=fr");
	}

	@Test
	@Order(3)
	void letsNoEmailAddressNorPersonsNameOut() throws Exception {
		List<String> personal = new ArrayList<>();
		personal.addAll(this.jdbc.sql("select distinct partner_email from agreement where partner_email is not null")
			.query(String.class)
			.list());
		personal.addAll(
				this.jdbc.sql("select email_ from act_id_user where email_ is not null").query(String.class).list());
		personal.addAll(this.jdbc.sql("select first_ || ' ' || last_ from act_id_user where first_ is not null")
			.query(String.class)
			.list());
		personal.addAll(this.jdbc.sql("select id_ from act_id_user where id_ like '%.%'").query(String.class).list());
		assertThat(personal).isNotEmpty();

		for (String page : List.of("/public", "/public?lang=ar", "/public?lang=en", "/public?state=ended",
				"/public?page=1", "/public/agreements.csv", "/public/agreements.json",
				"/public/agreements.schema.json")) {
			HttpResponse<String> answer = this.visitor.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			for (String secret : personal) {
				assertThat(answer.body()).as("%s says nothing personal", page).doesNotContain(secret);
			}
		}
	}

	@Test
	@Order(4)
	void asksAClientThatSendsTooManyRequestsToWait() throws Exception {
		HttpResponse<String> refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			HttpResponse<String> answer = this.visitor.get("/public/agreements.schema.json", "Accept-Language", "en");
			if (answer.statusCode() == 429) {
				refused = answer;
			}
		}
		assertThat(refused).as("a refusal within the minute's allowance").isNotNull();
		assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
		assertThat(refused.body()).contains("Too many requests");
	}

	private String one(String sql) {
		return this.jdbc.sql(sql).query(String.class).list().get(0);
	}

}
