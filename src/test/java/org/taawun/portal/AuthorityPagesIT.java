package org.taawun.portal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authority's page as its secretariat keeps it: memberships of networks added, refused
 * with what was typed kept, and removed, by its secretariat only; its work outside any
 * agreement; and the networks page, national for a ministry.
 */
@PostgresIntegrationTest
class AuthorityPagesIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSecretariatAddsAMembershipOfANetworkAndRemovesIt() throws Exception {
		String network = "Réseau des villes oasiennes " + System.nanoTime();
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");

		HttpResponse<String> added = secretary.postForm("/authorities/gafsa", "/authorities/gafsa/memberships",
				"network", "OTHER", "otherNetwork", network, "since", "2019-03-01", "role", "membre fondateur", "seats",
				"2", "notes", "");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/authorities/gafsa");
		String page = secretary.get("/authorities/gafsa").body();
		assertThat(page).contains(network, "membre fondateur", "2 siège(s)", "Adhésion enregistrée.");
		long id = idOf("gafsa", network);

		HttpResponse<String> removed = secretary.postForm("/authorities/gafsa",
				"/authorities/gafsa/memberships/" + id + "/remove");
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(secretary.get("/authorities/gafsa").body()).doesNotContain(network).contains("Adhésion retirée.");
		assertThat(count("gafsa", network)).isZero();
	}

	@Test
	void refusesAMembershipWithEachBadFieldNamedAndWhatWasTypedKept() throws Exception {
		String network = "Réseau des villes du futur " + System.nanoTime();
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");

		HttpResponse<String> refused = secretary.postForm("/authorities/gafsa", "/authorities/gafsa/memberships",
				"network", "OTHER", "otherNetwork", network, "since", "2999-01-01", "role", "observateur", "seats",
				"zéro", "notes", "à garder");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"membership-errors\"", "id=\"seats-error\"", "Un nombre entier",
				network, "value=\"observateur\"", "value=\"zéro\"", "à garder", "value=\"2999-01-01\"");
		assertThat(count("gafsa", network)).isZero();

		HttpResponse<String> future = secretary.postForm("/authorities/gafsa?lang=ar", "/authorities/gafsa/memberships",
				"network", "MEDCITIES", "otherNetwork", "", "since", "2999-01-01", "role", "", "seats", "", "notes",
				"");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(future.body()).contains("id=\"since-error\"", "هذا التاريخ لم يحن بعد");
		assertThat(count("gafsa", "MEDCITIES")).isZero();
	}

	@Test
	void aMoroccanCouncilJoinsANetworkByADeliberationTheMembershipCites() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.sefrou");
		String page = secretary.get("/authorities/sefrou").body();
		assertThat(page).contains("obligatoire au Maroc");

		HttpResponse<String> without = secretary.postForm("/authorities/sefrou?lang=ar",
				"/authorities/sefrou/memberships", "network", "UCLG", "otherNetwork", "", "since", "2024-05-01", "role",
				"membre", "seats", "", "notes", "", "deliberationReference", "", "deliberationDate", "");
		assertThat(without.statusCode()).isEqualTo(422);
		assertThat(without.body()).contains("id=\"deliberationReference-error\"", "id=\"deliberationDate-error\"",
				"يتداول المجلس في الانضمام", "value=\"membre\"");
		HttpResponse<String> before = secretary.postForm("/authorities/sefrou?lang=fr",
				"/authorities/sefrou/memberships", "network", "UCLG", "otherNetwork", "", "since", "2024-05-01", "role",
				"membre", "seats", "", "notes", "", "deliberationReference", "14/2024", "deliberationDate",
				"2024-06-03");
		assertThat(before.statusCode()).isEqualTo(422);
		assertThat(before.body()).contains("id=\"since-error\"", "ne peut précéder la délibération",
				"value=\"14/2024\"");
		assertThat(count("sefrou", "UCLG")).isZero();

		HttpResponse<String> joined = secretary.postForm("/authorities/sefrou", "/authorities/sefrou/memberships",
				"network", "UCLG", "otherNetwork", "", "since", "2024-07-01", "role", "membre", "seats", "", "notes",
				"", "deliberationReference", "14/2024", "deliberationDate", "2024-06-03");

		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(secretary.get("/authorities/sefrou").body()).contains("délibération n° 14/2024 du 3 juin 2024");
		assertThat(count("sefrou", "UCLG")).isOne();
		// an Algerian commune's membership cites no deliberation
		assertThat(PortalClient.signedIn(this.port, "sec.oran").get("/authorities/oran").body())
			.doesNotContain("obligatoire au Maroc");
	}

	@Test
	void onlyTheAuthoritysSecretariatKeepsItsMemberships() throws Exception {
		PortalClient oran = PortalClient.signedIn(this.port, "sec.oran");
		HttpResponse<String> gafsaPage = oran.get("/authorities/gafsa");
		assertThat(gafsaPage.statusCode()).isEqualTo(404);
		assertThat(gafsaPage.body()).doesNotContain("Réseau des communes vertes");

		String network = "Réseau d’une autre commune " + System.nanoTime();
		HttpResponse<String> foreign = oran.postForm("/authorities/oran", "/authorities/gafsa/memberships", "network",
				"OTHER", "otherNetwork", network, "since", "", "role", "", "seats", "", "notes", "");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(count("gafsa", network)).isZero();

		long green = idOf("gafsa", "Réseau des communes vertes");
		HttpResponse<String> removal = oran.postForm("/authorities/oran",
				"/authorities/gafsa/memberships/" + green + "/remove");
		assertThat(removal.statusCode()).isEqualTo(404);
		assertThat(count("gafsa", "Réseau des communes vertes")).isEqualTo(1);

		String ownPage = oran.get("/authorities/oran").body();
		assertThat(ownPage).contains("MedCités", "id=\"add-membership\"");
	}

	@Test
	void showsTheAuthoritysWorkOutsideAnyAgreementAndItsNetworks() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");
		String page = secretary.get("/authorities/gafsa").body();
		assertThat(page).contains("GIZ – Coopération allemande au développement", "Espace citoyen (2014)",
				"Projet pilote de tri des déchets ménagers dans la vieille ville", "Réseau des communes vertes",
				"/authorities/gafsa/register.pdf");
	}

	@Test
	void showsAnImportedAgreementWithItsVisitsProjectsAndWhereItCameFrom() throws Exception {
		long id = this.jdbc
			.sql("select id from agreement where local_authority = 'gafsa' and import_key = 'GAF-SEL-2013'")
			.query(Long.class)
			.single();
		String page = PortalClient.signedIn(this.port, "sec.gafsa").get("/agreements/" + id).body();
		assertThat(page).contains("GAFSA-2013-001", "Importée d’un portefeuille", "GAF-SEL-2013",
				"Visite de la délégation de Gafsa à Selçuklu", "6 octobre 2013", "9 octobre 2013",
				"Équipements de nettoyage", "Non réalisé", "l’un des 27 jumelages tuniso-turcs");
	}

	@Test
	void showsTheMinistryEveryMembershipOfItsCountryAndNoOther() throws Exception {
		String interior = PortalClient.signedIn(this.port, "miclat").get("/networks").body();
		assertThat(interior)
			.contains("MedCités (2)", "Organisation des capitales et villes islamiques",
					"Observatoire international des villes du vivre-ensemble",
					"Réseau mondial UNESCO des villes apprenantes")
			.doesNotContain("Réseau des communes vertes");

		String tunisia = PortalClient.signedIn(this.port, "mfa.tn").get("/networks").body();
		assertThat(tunisia).contains("Réseau des communes vertes").doesNotContain("MedCités");

		String municipality = PortalClient.signedIn(this.port, "sec.annaba").get("/networks").body();
		assertThat(municipality).contains("MedCités (1)", "Réseau mondial UNESCO des villes apprenantes (1)")
			.doesNotContain("Organisation des capitales et villes islamiques");
	}

	private long idOf(String authority, String network) {
		return this.jdbc.sql("select id from network_membership where local_authority = ? and network = ?")
			.params(authority, network)
			.query(Long.class)
			.single();
	}

	private long count(String authority, String network) {
		return this.jdbc.sql("select count(*) from network_membership where local_authority = ? and network = ?")
			.params(authority, network)
			.query(Long.class)
			.single();
	}

}
