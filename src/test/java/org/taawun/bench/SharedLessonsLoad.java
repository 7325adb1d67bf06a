package org.taawun.bench;

import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.PeerSearch;
import org.taawun.lessons.LessonQuery;
import org.taawun.lessons.Lessons;

/**
 * A hundred thousand lessons shared from the evaluations of the national-scale register,
 * then how fast staff find them, and who else works with a partner.
 */
final class SharedLessonsLoad {

	static final int LESSONS = Integer.getInteger("bench.lessons", 100_000);

	private SharedLessonsLoad() {
	}

	/** Lessons shared from the evaluations of agreements of the past, on every field. */
	static void share(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into shared_lesson (source_key, agreement_id, local_authority, field, evaluated_year, worked,
						    did_not_work, contact_office, shared_at)
						select 'bench-' || a.id, a.id, a.local_authority,
						       (array['URBAN_PLANNING','ENVIRONMENT','WATER','CULTURE','YOUTH_AND_SPORT','EDUCATION',
						        'VOCATIONAL_TRAINING','HEALTH','TOURISM','ECONOMY','ADMINISTRATIVE_MODERNISATION','SOCIAL_AFFAIRS',
						        'AGRICULTURE','RENEWABLE_ENERGY','GENDER_EQUALITY'])[1 + a.id % 15],
						       2000 + cast(a.id % 25 as integer),
						       'Chantier-école numéro ' || a.id || ' mené avec les associations du quartier',
						       'Les délais de livraison du matériel', 'Service de la coopération', now()
						from agreement a where a.reference like 'HIST-%' order by a.id limit :count""")
			.param("count", LESSONS)
			.update();
		jdbc.sql("analyze shared_lesson").update();
	}

	static void measure(Results results, Lessons lessons, PeerSearch peers) {
		Random random = new Random(7);
		Scale.percentiles(results, "shared lessons, a word every lesson has (associations)",
				() -> lessons.search(new LessonQuery(null, null, "associations")), "≤ 100 ms p95");
		Scale.percentiles(results, "shared lessons, a word no lesson has (tombouctou)",
				() -> lessons.search(new LessonQuery(null, null, "tombouctou")), "≤ 100 ms p95");
		Scale.percentiles(results, "shared lessons, one lesson's words (chantier-école numéro N)",
				() -> lessons
					.search(new LessonQuery(null, null, "numéro " + (1000 + random.nextInt(LESSONS)) + " mené")),
				"≤ 100 ms p95");
		Scale.percentiles(results, "shared lessons, a field and a country",
				() -> lessons.search(new LessonQuery(CooperationField.values()[random.nextInt(15)],
						Scale.COUNTRIES[random.nextInt(Scale.COUNTRIES.length)], null)),
				"≤ 100 ms p95");
		Scale.percentiles(results, "who else works with a partner (one partner's name)",
				() -> peers.workingWith("Ville jumelle " + random.nextInt(Scale.REGISTER)), "≤ 100 ms p95");
		Scale.percentiles(results, "who else works with a partner (a name no partner has)",
				() -> peers.workingWith("Tombouctou"), "≤ 100 ms p95");
	}

}
