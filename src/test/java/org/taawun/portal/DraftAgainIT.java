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
 * A new agreement's form sent again — the same page twice, or the page drawn anew after
 * Back and sent with what the browser kept — drafts one agreement, and a second only when
 * the person says so.
 */
@PostgresIntegrationTest
class DraftAgainIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aFormSentAgainFromHistoryFindsTheAgreementAndDraftsASecondOnlyWhenAsked() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.sfax");
		String title = "Jumelage Sfax – Kairouan " + System.nanoTime();
		long before = count();

		HttpResponse<String> first = post(secretary, title, "key-1");
		assertThat(first.statusCode()).isEqualTo(302);
		String reference = this.jdbc.sql("select reference from agreement where title_fr = ?")
			.param(title)
			.query(String.class)
			.single();
		// the same page twice: the same agreement
		assertThat(post(secretary, title, "key-1").headers().firstValue("Location"))
			.isEqualTo(first.headers().firstValue("Location"));

		// Back, the page drawn anew with a new key, the same details sent: nothing
		// drafted
		HttpResponse<String> again = post(secretary, title, "key-2");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("id=\"twin\"", "Vous avez déjà enregistré cette convention : " + reference,
				"Enregistrer une seconde convention", "value=\"" + title + "\"");
		assertThat(count()).isEqualTo(before + 1);

		// in Arabic, the reference isolated inside the sentence
		HttpResponse<String> inArabic = post(secretary, title, "key-3", "lang", "ar");
		assertThat(inArabic.body()).contains("سبق أن سجّلتم هذه الاتفاقية: \u2068" + reference + "\u2069");

		// asked for: a second agreement
		HttpResponse<String> second = post(secretary, title, "key-2", "again", "yes");
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(before + 2);
	}

	private HttpResponse<String> post(PortalClient secretary, String title, String key, String... more)
			throws Exception {
		String[] fields = { "localAuthority", "sfax", "instrument", "TWINNING", "titleAr", "اتفاقية توأمة", "titleFr",
				title, "partnerName", "Municipalité de Kairouan", "partnerCity", "Kairouan", "partnerCountry", "FR",
				"partnerEmail", "a@kairouan.example.org", "partnerLanguage", "fr", "fields", "CULTURE", "requestKey",
				key };
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		String page = (more.length > 0 && more[0].equals("lang")) ? "/agreements/new?lang=" + more[1]
				: "/agreements/new";
		return secretary.postForm(page, "/agreements", all);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from agreement").query(Long.class).single();
	}

}
