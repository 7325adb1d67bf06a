package org.taawun.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The national-scale register of the past, written by bulk insert. */
final class BulkRegister {

	private BulkRegister() {
	}

	/**
	 * Grows the register with agreements of the past, outside the engine, as an import of
	 * earlier files would: spread over the authorities, states, countries and fields.
	 */
	static void grow(JdbcClient jdbc, int register) {
		long existing = jdbc.sql("select count(*) from agreement").query(Long.class).single();
		long missing = register - existing;
		jdbc.sql(
				"""
						insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar,
						    title_fr, partner_name, partner_city, partner_country, partner_email, partner_language, state,
						    created_by, created_at, updated_at, end_date, version)
						select 'HIST-' || g,
						       case when (g % 2000) % 2 = 1 then 'DZ' else 'TN' end,
						       case when (g % 2000) % 2 = 1 then 'DZ_DECREE_17_329' else 'TN_CODE_ART_40' end,
						       'b' || lpad(cast(1 + (g % 2000) as varchar), 4, '0'),
						       'TWINNING', 'اتفاقية توأمة ' || g, 'Jumelage historique ' || g, 'Ville jumelle ' || g,
						       'Ville', (array['FR','TR','IT','ES','DE','BE','CN','PT'])[1 + (g / 7) % 8], 'h' || g || '@bench.example',
						       'fr', (array['IN_FORCE','EXPIRED','TERMINATED','IN_FORCE','RENEWED','ABANDONED'])[1 + (g / 11) % 6],
						       'import', now() - (g % 7300) * interval '1 day', now(), current_date + cast(g % 3650 as integer), 0
						from generate_series(1, :missing) g""")
			.param("missing", missing)
			.update();
		jdbc.sql("""
				insert into agreement_field (agreement_id, field)
				select id, (array['URBAN_PLANNING','ENVIRONMENT','WATER','CULTURE','YOUTH_AND_SPORT','EDUCATION',
				    'VOCATIONAL_TRAINING','HEALTH','TOURISM','ECONOMY','ADMINISTRATIVE_MODERNISATION','SOCIAL_AFFAIRS',
				    'AGRICULTURE','RENEWABLE_ENERGY','GENDER_EQUALITY'])[1 + (id / 13) % 15]
				from agreement where reference like 'HIST-%'""").update();
		jdbc.sql("analyze").update();
	}

}
