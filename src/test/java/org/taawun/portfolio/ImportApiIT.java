package org.taawun.portfolio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a portfolio through {@code POST /api/imports} on PostgreSQL: checked first
 * (dry run), written all or nothing, the same file twice changing nothing, every problem
 * said where it is, in French or Arabic, and only for the authorities the caller imports
 * for.
 */
@PostgresIntegrationTest
class ImportApiIT {

	private static final String AGREEMENTS_HEADER = "key,jurisdiction,localAuthority,instrument,titleAr,titleFr,"
			+ "partnerName,partnerCity,partnerCountry,partnerKind,state,signedOn,inForceFrom,endsOn,renewal,notes";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void checksThenImportsThenFindsTheSameFileUnchanged() {
		String key = "SFX-" + System.nanoTime();
		String agreements = String.join("\n", AGREEMENTS_HEADER,
				key + ",TN,sfax,TWINNING,توأمة صفاقس,Jumelage Sfax – Grenoble,Ville de Grenoble,Grenoble,FR,,"
						+ "IN_FORCE,1998-05-12,1998-05-12,,,Protocole de jumelage");
		String events = String.join("\n", "agreementKey,kind,title,from,to,status",
				key + ",VISIT_INCOMING,Visite de Grenoble,1999-03-01,1999-03-04,DONE");
		long before = agreements();

		ResponseEntity<JsonNode> dryRun = post("sec.sfax", true, csv("agreements.csv", agreements),
				csv("events.csv", events));
		assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(dryRun.getBody().at("/sheets/0/created").asInt()).isEqualTo(1);
		assertThat(dryRun.getBody().at("/sheets/1/created").asInt()).isEqualTo(1);
		assertThat(agreements()).isEqualTo(before);

		ResponseEntity<JsonNode> imported = post("sec.sfax", false, csv("agreements.csv", agreements),
				csv("events.csv", events));
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(imported.getHeaders().getLocation())
			.hasToString("/api/imports/" + imported.getBody().get("importId"));
		assertThat(agreements()).isEqualTo(before + 1);
		String reference = this.jdbc.sql("select reference from agreement where import_key = ?")
			.param(key)
			.query(String.class)
			.single();
		assertThat(reference).startsWith("SFAX-1998-");
		JsonNode agreement = this.rest.withBasicAuth("sec.sfax", "demo")
			.getForObject("/api/agreements?q=Grenoble&state=IN_FORCE", JsonNode.class);
		assertThat(agreement.get("items").findValuesAsText("reference")).contains(reference);
		assertThat(this.jdbc
			.sql("select count(*) from outbox_message m join agreement a on a.id = m.agreement_id "
					+ "where a.import_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();

		ResponseEntity<JsonNode> again = post("sec.sfax", false, csv("agreements.csv", agreements),
				csv("events.csv", events));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody().at("/sheets/0/unchanged").asInt()).isEqualTo(1);
		assertThat(again.getBody().at("/sheets/1/unchanged").asInt()).isEqualTo(1);
		assertThat(agreements()).isEqualTo(before + 1);

		ResponseEntity<JsonNode> changed = post("sec.sfax", false,
				csv("agreements.csv", agreements.replace("Protocole de jumelage", "Protocole de jumelage de 1998")),
				csv("events.csv", events.replace("DONE", "NOT_DONE")));
		assertThat(changed.getBody().at("/sheets/0/updated").asInt()).isEqualTo(1);
		assertThat(changed.getBody().at("/sheets/0/lines/0/reference").asText()).isEqualTo(reference);
		assertThat(changed.getBody().at("/sheets/1/updated").asInt()).isEqualTo(1);

		JsonNode log = this.rest.withBasicAuth("sec.sfax", "demo").getForObject("/api/imports", JsonNode.class);
		assertThat(log.get(0).get("importedBy").asText()).isEqualTo("sec.sfax");
		assertThat(log.get(0).get("fingerprint").asText()).hasSize(64);
	}

	@Test
	void writesNothingOfAFileWithOneBadLineAndSaysWhereEachProblemIs() {
		String good = "OK-" + System.nanoTime();
		String agreements = String.join("\n", AGREEMENTS_HEADER,
				good + ",TN,gafsa,TWINNING,توأمة,Jumelage,Ville,Ville,FR,,NEGOTIATION,,,,,", "BAD-" + System.nanoTime()
						+ ",TN,gafsa,TWINNING,توأمة,Jumelage,Ville,Ville,FR,,SIGNED,2020-01-10," + "2020-01-01,,,");
		long before = agreements();

		ResponseEntity<JsonNode> french = post("sec.gafsa", false, csv("agreements.csv", agreements));
		assertThat(french.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(french.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode error = french.getBody().get("errors").get(0);
		assertThat(error.get("sheet").asText()).isEqualTo("agreements");
		assertThat(error.get("line").asInt()).isEqualTo(3);
		assertThat(error.get("column").asText()).isEqualTo("inForceFrom");
		assertThat(error.get("field").asText()).isEqualTo("agreements[3].inForceFrom");
		assertThat(error.get("message").asText()).contains("10 janvier 2020");
		assertThat(agreements()).isEqualTo(before);

		ResponseEntity<JsonNode> arabic = post("sec.gafsa", false, "ar", csv("agreements.csv", agreements));
		assertThat(arabic.getBody().get("errors").get(0).get("message").asText()).contains("10 جانفي 2020");
		assertThat(this.jdbc.sql("select count(*) from agreement where import_key = ?")
			.param(good)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void importsOnlyForTheAuthoritiesTheCallerImportsFor() {
		String agreements = String.join("\n", AGREEMENTS_HEADER,
				"G-" + System.nanoTime() + ",TN,gafsa,TWINNING,توأمة,Jumelage,Ville,Ville,FR,,NEGOTIATION,,,,,");

		ResponseEntity<JsonNode> neighbour = post("sec.sfax", true, csv("agreements.csv", agreements));
		assertThat(neighbour.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(neighbour.getBody().at("/errors/0/column").asText()).isEqualTo("localAuthority");

		ResponseEntity<JsonNode> ministry = post("mfa.tn", true, csv("agreements.csv", agreements));
		assertThat(ministry.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		String algerian = String.join("\n", AGREEMENTS_HEADER, "M-" + System.nanoTime()
				+ ",DZ,annaba,TWINNING,توأمة,Jumelage,Ville,Ville,FR,,IN_FORCE,2010-04-01,2010-04-01,,,");
		ResponseEntity<JsonNode> interior = post("miclat", false, csv("agreements.csv", algerian));
		assertThat(interior.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = interior.getBody().at("/sheets/0/lines/0/reference").asText();
		JsonNode held = this.rest.withBasicAuth("miclat", "demo")
			.getForObject("/api/agreements?localAuthority=annaba&size=200", JsonNode.class);
		assertThat(held.get("items").findValuesAsText("reference")).contains(reference);
	}

	@Test
	void refusesAFileAboveTheLimitAndOneThatIsNotASpreadsheet() {
		ResponseEntity<JsonNode> large = post("sec.gafsa", true,
				file("agreements.csv", new byte[21 * 1024 * 1024], MediaType.TEXT_PLAIN));
		assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(large.getBody().get("detail").asText()).containsPattern("20\\D?480 Ko");

		ResponseEntity<JsonNode> pdf = post("sec.gafsa", true, file("agreements.csv",
				"%PDF-1.7\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1), MediaType.APPLICATION_PDF));
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(pdf.getBody().at("/errors/0/field").asText()).isEqualTo("file");
	}

	@Test
	void offersTheExampleAsAWorkbookThatImportsAsItsCsvFiles() throws Exception {
		ResponseEntity<byte[]> template = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/imports/template", byte[].class);
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.getBody()))) {
			assertThat(workbook.getSheets().map((sheet) -> sheet.getName())).containsExactly("agreements", "events",
					"memberships");
		}
		// the demo was seeded from the same example: checked again, nothing would change
		ResponseEntity<JsonNode> dryRun = post("admin", true,
				file("taawun-portfolio.xlsx", template.getBody(), ImportController.XLSX));
		assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
		for (JsonNode sheet : dryRun.getBody().get("sheets")) {
			assertThat(sheet.get("created").asInt()).as(sheet.toString()).isZero();
		}
		ResponseEntity<String> csv = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/imports/template/agreements.csv", String.class);
		assertThat(csv.getBody()).startsWith("key,jurisdiction,localAuthority");
	}

	private long agreements() {
		return this.jdbc.sql("select count(*) from agreement").query(Long.class).single();
	}

	private ResponseEntity<JsonNode> post(String user, boolean dryRun, HttpEntity<?>... files) {
		return post(user, dryRun, "fr", files);
	}

	private ResponseEntity<JsonNode> post(String user, boolean dryRun, String language, HttpEntity<?>... files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		for (HttpEntity<?> file : files) {
			body.add("file", file);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/imports?dryRun=" + dryRun, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static HttpEntity<?> csv(String name, String text) {
		return file(name, text.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv"));
	}

	private static HttpEntity<?> file(String name, byte[] content, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

}
