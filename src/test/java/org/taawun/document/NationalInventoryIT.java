package org.taawun.document;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.HtmlUtils;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national inventory as its ministry reads it: the country's agreements filtered by
 * wilaya or governorate, instrument and year of signature besides the register's own
 * filters, counted by each, and printed on the ministry's letterhead — for the ministry
 * that keeps it, and no one else.
 */
@PostgresIntegrationTest
class NationalInventoryIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theApiFiltersTheCountrysRegisterByWilayaInstrumentAndYear() {
		String oranProvince = provinceOf("oran");
		JsonNode signed2020 = this.rest.withBasicAuth("miclat", "demo")
			.getForObject("/api/agreements?wilaya={p}&instrument=DECLARATION_OF_INTENT&year=2020", JsonNode.class,
					oranProvince);
		assertThat(signed2020.get("items").findValuesAsText("reference")).containsExactly(reference("ORN-STR-2020"));

		JsonNode annaba2018 = this.rest.withBasicAuth("miclat", "demo")
			.getForObject("/api/agreements?year=2018&jurisdiction=DZ", JsonNode.class);
		assertThat(annaba2018.get("items").findValuesAsText("reference")).contains(reference("ANN-DUN-2018"))
			.doesNotContain(reference("ORN-STR-2020"), reference("ANN-DUN-2009"));

		// an authority's secretary filters only its own files
		assertThat(this.rest.withBasicAuth("sec.oran", "demo")
			.getForObject("/api/agreements?year=2018", JsonNode.class)
			.get("items")).isEmpty();

		ResponseEntity<JsonNode> badYear = this.rest.withBasicAuth("miclat", "demo")
			.getForEntity("/api/agreements?year=1800", JsonNode.class);
		assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badYear.getBody().get("errors").findValuesAsText("field")).containsExactly("year");
		ResponseEntity<JsonNode> badInstrument = this.rest.withBasicAuth("miclat", "demo")
			.getForEntity("/api/agreements?instrument=TREATY", JsonNode.class);
		assertThat(badInstrument.getBody().get("errors").findValuesAsText("field")).containsExactly("instrument");
	}

	@Test
	void theMinistryCountsItsInventoryByEachFilterAndEachCountLeadsToItsList() throws Exception {
		PortalClient miclat = PortalClient.signedIn(this.port, "miclat");
		String page = miclat.get("/agreements?jurisdiction=DZ").body();
		long dz = count("select count(*) from agreement where jurisdiction = 'DZ'");
		assertThat(page).contains("Inventaire national", "Conventions trouvées : " + dz, "Wilaya ou gouvernorat",
				"Année de signature", "Inventaire (PDF) — Algérie");
		// the year 2003 row counts the agreements signed that year and leads to them
		long signed2003 = count("select count(*) from agreement where jurisdiction = 'DZ' "
				+ "and extract(year from signature_date) = 2003");
		assertThat(signed2003).isPositive();
		assertThat(page).containsPattern("href=\"/agreements\\?jurisdiction=DZ&amp;year=2003\">2003</a></th>\\s*"
				+ "<td class=\"number\">" + signed2003 + "</td>");
		String narrowed = miclat.get("/agreements?jurisdiction=DZ&year=2003").body();
		assertThat(narrowed).contains(reference("ORN-BDX-2003"), "Conventions trouvées : " + signed2003)
			.doesNotContain(reference("ORN-STR-2020"));
		// the wilaya's name, not its code, and no Tunisian governorate
		String oranProvince = provinceOf("oran");
		String oranName = this.jdbc.sql("select province_name_fr from local_authority where code = 'oran'")
			.query(String.class)
			.single();
		assertThat(page).contains("href=\"/agreements?jurisdiction=DZ&amp;wilaya=" + oranProvince + "\">"
				+ HtmlUtils.htmlEscape(oranName) + "</a>");
		assertThat(page).doesNotContain("value=\"" + provinceOf("gafsa") + "\"");

		// a secretary has the new filters, not the inventory
		String secretary = PortalClient.signedIn(this.port, "sec.oran").get("/agreements").body();
		assertThat(secretary).contains("Année de signature", "Instrument")
			.doesNotContain("Inventaire national", "Wilaya ou gouvernorat");
	}

	@Test
	void theInventoryPrintsOnTheMinistrysLetterheadWithItsFiltersAndCounts() throws Exception {
		PortalClient miclat = PortalClient.signedIn(this.port, "miclat");
		HttpResponse<byte[]> pdf = miclat.download("/agreements.pdf?jurisdiction=DZ&year=2020");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		PdfReader read = new PdfReader(pdf.body());
		String text = read.text();
		// the letterhead's lines wrap in their column
		assertThat(text)
			.contains("Ministère de l’Intérieur, des Collectivités", "Direction générale des collectivités",
					"وزارة الداخلية والجماعات المحلية والتهيئة العمرانية", "المديرية العامة للجماعات المحلية",
					"Inventaire national des conventions", "Année de signature : 2020", "Par wilaya",
					"Par pays du partenaire", "Par année de signature", reference("ORN-STR-2020"),
					"Déclaration d’intention", "République algérienne démocratique et populaire")
			.doesNotContain(reference("ORN-BDX-2003"), reference("GAF-SEL-2013"), "République tunisienne");
		assertThat(read.fontsNotEmbedded()).isEmpty();
		DocumentsIT.isArchival(pdf.body(), "the national inventory");

		// another country's inventory, or none at all, is not the ministry's to print
		assertThat(miclat.download("/agreements.pdf?jurisdiction=TN").statusCode()).isEqualTo(404);
		assertThat(
				PortalClient.signedIn(this.port, "sec.oran").download("/agreements.pdf?jurisdiction=DZ").statusCode())
			.isEqualTo(404);

		// Tunisia's, by the ministry in charge of local affairs
		HttpResponse<byte[]> tunisia = PortalClient.signedIn(this.port, "mal.tn")
			.download("/agreements.pdf?jurisdiction=TN&country=TR");
		assertThat(tunisia.statusCode()).isEqualTo(200);
		assertThat(new PdfReader(tunisia.body()).text())
			.contains("Ministère chargé des Affaires locales", "République tunisienne", "Pays du partenaire : Turquie",
					reference("GAF-SEL-2013"))
			.doesNotContain(reference("ORN-STR-2020"));

		// Morocco's, by its Ministry of the Interior, with the prefecture of Rabat's
		// partnership with Commune III of Bamako
		HttpResponse<byte[]> morocco = PortalClient.signedIn(this.port, "dgct.ma")
			.download("/agreements.pdf?jurisdiction=MA");
		assertThat(morocco.statusCode()).isEqualTo(200);
		assertThat(new PdfReader(morocco.body()).text())
			.contains("Royaume du Maroc", "المملكة المغربية", "Direction générale des collectivités",
					"المديرية العامة للجماعات الترابية", "Par préfecture ou province", "Préfecture de Rabat",
					reference("RAB-BAM-2018"), "Bamako")
			.doesNotContain(reference("GAF-SEL-2013"), reference("ORN-STR-2020"));
		DocumentsIT.isArchival(morocco.body(), "Morocco's national inventory");
	}

	private String reference(String importKey) {
		return this.jdbc.sql("select reference from agreement where import_key = ?")
			.param(importKey)
			.query(String.class)
			.single();
	}

	private String provinceOf(String authority) {
		return this.jdbc.sql("select province_code from local_authority where code = ?")
			.param(authority)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
