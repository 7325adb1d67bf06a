package org.taawun.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.PublicRegister;

/**
 * The open register: its open data over HTTP as a partner's tool downloads it, at a
 * country's 20,000 published agreements — built again after a change of the register,
 * served from the cache otherwise, revalidated by a client that already holds it — and
 * its searches, as anyone runs them, over the national-scale register.
 */
final class PublicRegisterLoad {

	/** How many published agreements the open data holds when it is measured. */
	static final int PUBLISHED = Integer.getInteger("bench.published", 20_000);

	private PublicRegisterLoad() {
	}

	static void searches(Results results, PublicRegister register) {
		Random random = new Random(11);
		Scale.percentiles(results, "open register, newest first, page of 20",
				() -> register.search(new PublicRegister.Filters(null, null, null, null, null), 0, 20), "≤ 100 ms p95");
		Scale.percentiles(results, "open register, a partner country, those ended, page of 20",
				() -> register.search(new PublicRegister.Filters(
						Scale.COUNTRIES[random.nextInt(Scale.COUNTRIES.length)], null, null, true, null), 0, 20),
				"≤ 100 ms p95");
		Scale.percentiles(results, "open register, a country's, a field, page of 20",
				() -> register.search(new PublicRegister.Filters(null, "DZ",
						CooperationField.values()[random.nextInt(15)].name(), null, null), 0, 20),
				"≤ 100 ms p95");
		Scale.percentiles(results, "open register, a word every title has (jumelage)",
				() -> register.search(new PublicRegister.Filters(null, null, null, null, "jumelage"), 0, 20),
				"≤ 100 ms p95");
		Scale
			.percentiles(
					results, "open register, one partner's name", () -> register.search(new PublicRegister.Filters(null,
							null, null, null, "Ville jumelle " + random.nextInt(Scale.REGISTER)), 0, 20),
					"≤ 100 ms p95");
	}

	static void measure(Results results, JdbcClient jdbc, String port) {
		int published = publish(jdbc);
		String base = "http://localhost:" + port + "/public/agreements.";
		HttpClient client = HttpClient.newHttpClient();
		Scale.percentiles(results, "open data of " + published + " agreements, CSV, after a change of the register",
				() -> {
					touch(jdbc);
					return download(client, base + "csv", null);
				}, "≤ 1 s p95");
		Scale.percentiles(results, "open data of " + published + " agreements, JSON, after a change of the register",
				() -> {
					touch(jdbc);
					return download(client, base + "json", null);
				}, "≤ 1 s p95");
		Scale.percentiles(results, "open data of " + published + " agreements, CSV, from the cache",
				() -> download(client, base + "csv", null), "≤ 1 s p95");
		HttpResponse<byte[]> held = download(client, base + "json", null);
		String etag = held.headers().firstValue("ETag").orElseThrow();
		Scale.percentiles(results, "open data, JSON, revalidated by a client holding it (304)",
				() -> download(client, base + "json", etag), "");
	}

	/**
	 * Agreements in force and ended, outside the engine as an import would bring them,
	 * until the open data holds {@link #PUBLISHED}.
	 */
	private static int publish(JdbcClient jdbc) {
		int existing = published(jdbc);
		jdbc.sql(
				"""
						insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar,
						    title_fr, partner_name, partner_city, partner_country, partner_email, partner_language, state,
						    signature_date, entry_into_force_date, created_by, created_at, updated_at, end_date, version)
						select 'OPEN-' || g, 'DZ', 'DZ_DECREE_17_329', 'b' || lpad(cast(2 * (1 + g % 1000) as varchar), 4, '0'),
						       'TWINNING', 'اتفاقية توأمة مفتوحة ' || g, 'Jumelage ouvert ' || g, 'Ville partenaire ' || g,
						       'Ville', (array['FR','TR','IT','ES','DE','BE','CN','PT'])[1 + g % 8], 'o' || g || '@bench.example',
						       'fr', (array['IN_FORCE','EXPIRED','TERMINATED','RENEWED','SUSPENDED'])[1 + g % 5],
						       current_date - 400, current_date - 300, 'import', now(), now(), current_date + 1500, 0
						from generate_series(1, :missing) g""")
			.param("missing", Math.max(0, PUBLISHED - existing))
			.update();
		jdbc.sql("""
				insert into agreement_field (agreement_id, field)
				select id, (array['CULTURE','WATER','ENVIRONMENT','EDUCATION'])[1 + id % 4]
				from agreement where reference like 'OPEN-%'""").update();
		jdbc.sql("analyze agreement").update();
		return published(jdbc);
	}

	private static int published(JdbcClient jdbc) {
		return jdbc.sql("""
				select count(*) from agreement
				where state in ('IN_FORCE', 'RENEWED', 'SUSPENDED', 'EXPIRED', 'TERMINATED')""")
			.query(Integer.class)
			.single();
	}

	/** A change of the register, as any step of a lifecycle makes one. */
	private static void touch(JdbcClient jdbc) {
		jdbc.sql("update agreement set updated_at = now() where reference = 'OPEN-1'").update();
	}

	private static HttpResponse<byte[]> download(HttpClient client, String url, String etag) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			int expected = (etag != null) ? 304 : 200;
			if (response.statusCode() != expected || (etag == null && response.body().length < PUBLISHED * 100)) {
				throw new IllegalStateException(
						url + " answered " + response.statusCode() + " with " + response.body().length + " bytes");
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
