package org.taawun.portal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.agreement.CooperationField;
import org.taawun.lessons.SharedLesson;
import org.taawun.lessons.Lessons;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Municipalities learning from each other: a lesson Gafsa shared is found by the staff of
 * an Algerian commune by its field, its partner's country and its words (accents aside),
 * with a way to write to Gafsa's secretariat; who else works with Konya, or with GIZ, is
 * one search away; and no one without an account reads any of it.
 */
@PostgresIntegrationTest
class LessonsIT {

	@LocalServerPort
	private int port;

	@Autowired
	private Lessons lessons;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anotherAuthoritysStaffFindsASharedLessonAndWhomToAsk() throws Exception {
		long selcuklu = this.jdbc.sql("select id from agreement where import_key = 'GAF-SEL-2013'")
			.query(Long.class)
			.single();
		String source = "lessons-it-" + System.nanoTime();
		SharedLesson lesson = new SharedLesson(source, selcuklu, CooperationField.ENVIRONMENT, 2025,
				"Le tri des déchets ménagers dans la vieille ville, avec les associations du quartier.",
				"Les bacs promis par le partenaire ne sont jamais arrivés.", "Service de la propreté", false);
		this.lessons.share(lesson);
		// shared again from the same evaluation: still one
		this.lessons.share(lesson);
		assertThat(this.jdbc.sql("select count(*) from shared_lesson where source_key = ?")
			.param(source)
			.query(Long.class)
			.single()).isEqualTo(1);

		PortalClient oran = PortalClient.signedIn(this.port, "sec.oran");
		String found = oran.get("/lessons?q=dechets+menagers&field=ENVIRONMENT&country=TR").body();
		assertThat(found).contains("Le tri des déchets ménagers dans la vieille ville",
				"Les bacs promis par le partenaire ne sont jamais arrivés.", "À contacter : Service de la propreté",
				"Municipalité de Gafsa — avec Selçuklu Belediyesi (Turquie), évaluation 2025",
				"Écrire au secrétariat de Municipalité de Gafsa", "href=\"mailto:");
		assertThat(oran.get("/lessons?q=dechets+menagers&field=WATER").body()).doesNotContain("vieille ville")
			.contains("Aucun enseignement partagé ne correspond.");
		assertThat(oran.get("/lessons?q=dechets+menagers&country=FR").body()).doesNotContain("vieille ville");

		String arabic = oran.get("/lessons?q=dechets+menagers&lang=ar").body();
		assertThat(arabic).contains("الدروس المشتركة", "ما نجح", "ما لم ينجح", "البيئة والنفايات");
		oran.get("/lessons?lang=fr");
	}

	@Test
	void findsWhoElseWorksWithAPartnerCityOrAnOrganisation() throws Exception {
		PortalClient oran = PortalClient.signedIn(this.port, "sec.oran");
		String konya = peers(oran.get("/lessons?with=Konya").body());
		assertThat(konya).contains("Municipalité de Gafsa", "Selçuklu Belediyesi", "Jumelage entre Gafsa et Selçuklu",
				"6 juin 2013", "Écrire au secrétariat de Municipalité de Gafsa");
		// words found one by one, accents aside, in projects outside any agreement
		String giz = peers(oran.get("/lessons?with=giz+dechets").body());
		assertThat(giz)
			.contains("Municipalité de Gafsa", "hors convention", "Projet pilote de tri des déchets ménagers")
			.doesNotContain("Selçuklu Belediyesi");
		assertThat(oran.get("/lessons?with=Tombouctou").body())
			.contains("Aucune collectivité ne travaille avec « Tombouctou ».");
	}

	@Test
	void keepsTheLessonsForStaff() throws Exception {
		HttpResponse<String> stranger = PortalClient.anonymous(this.port).get("/lessons");
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	/** The table of who works with the partner asked about. */
	private static String peers(String page) {
		int table = page.indexOf("<table class=\"peers");
		assertThat(table).as("a table of who works with it").isNotNegative();
		return page.substring(table, page.indexOf("</table>", table));
	}

}
