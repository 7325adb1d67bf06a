package org.taawun.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts PostgreSQL keeps for the national inventory move with every change to the
 * register, whichever route writes it — the application drafting, a statement typed in
 * the database, a deletion — and the inventory read from them counts what a count of the
 * agreements themselves gives.
 */
@PostgresIntegrationTest
class RegisterTallyIT {

	private static final String TALLY = """
			select jurisdiction, local_authority, state, partner_country, instrument, signed_year, n
			from agreement_tally where n <> 0
			order by jurisdiction, local_authority, state, partner_country, instrument, signed_year""";

	private static final String COUNTED = """
			select jurisdiction, local_authority, state, partner_country, instrument,
			       coalesce(cast(extract(year from signature_date) as integer), 0) as signed_year, count(*) as n
			from agreement group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""";

	private static final String FIELD_TALLY = """
			select jurisdiction, province_code, field, state, partner_country, instrument, signed_year, n
			from agreement_field_tally where n <> 0
			order by jurisdiction, province_code, field, state, partner_country, instrument, signed_year""";

	private static final String FIELDS_COUNTED = """
			select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument,
			       coalesce(cast(extract(year from a.signature_date) as integer), 0) as signed_year, count(*) as n
			from agreement_field f join agreement a on a.id = f.agreement_id
			join local_authority l on l.code = a.local_authority
			group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7""";

	private static final String PROVINCE_TALLY = """
			select jurisdiction, province_code, state, partner_country, instrument, signed_year, n
			from agreement_province_tally where n <> 0
			order by jurisdiction, province_code, state, partner_country, instrument, signed_year""";

	private static final String PROVINCES_COUNTED = """
			select a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
			       coalesce(cast(extract(year from a.signature_date) as integer), 0) as signed_year, count(*) as n
			from agreement a join local_authority l on l.code = a.local_authority
			group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""";

	private static final String COUNTRY_FIELD_TALLY = """
			select jurisdiction, field, state, partner_country, instrument, signed_year, n
			from agreement_country_field_tally where n <> 0
			order by jurisdiction, field, state, partner_country, instrument, signed_year""";

	private static final String COUNTRY_FIELDS_COUNTED = """
			select a.jurisdiction, f.field, a.state, a.partner_country, a.instrument,
			       coalesce(cast(extract(year from a.signature_date) as integer), 0) as signed_year, count(*) as n
			from agreement_field f join agreement a on a.id = f.agreement_id
			group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Agreements agreements;

	@Autowired
	private Register register;

	@Test
	void theCountsTheDatabaseKeepsFollowEveryWayTheRegisterChanges() {
		keptAsCounted("before");
		Agreement drafted = this.agreements.draft(
				new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.PROTOCOL, "بروتوكول تعاون",
						"Protocole de coopération Oran – Valence",
						new ForeignPartner("Ajuntament de València", "Valence", "ES", "relacions@valencia.es", "es"),
						Set.of(CooperationField.CULTURE, CooperationField.WATER)),
				Account.of("sec.oran", Set.of(Role.SECRETARIAT.group("oran"))));
		keptAsCounted("drafted by the application");

		this.jdbc.sql("update agreement set state = 'IN_FORCE', signature_date = date '2019-03-14' where id = ?")
			.param(drafted.id())
			.update();
		keptAsCounted("signed by a statement in the database");
		this.jdbc.sql("delete from agreement_field where agreement_id = ? and field = 'WATER'")
			.param(drafted.id())
			.update();
		this.jdbc.sql("insert into agreement_field (agreement_id, field) values (?, 'TOURISM')")
			.param(drafted.id())
			.update();
		keptAsCounted("a field taken off and another added");

		long inserted = this.jdbc.sql("""
				insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar,
				    title_fr, partner_name, partner_city, partner_country, partner_email, partner_language, state,
				    created_by, created_at, updated_at, version)
				values ('TALLY-1', 'TN', 'TN_CODE_ART_40', 'gafsa', 'TWINNING', 'توأمة', 'Jumelage', 'Ville', 'Ville',
				    'IT', null, 'it', 'EXPIRED', 'test', now(), now(), 0)
				returning id""").query(Long.class).single();
		this.jdbc.sql("insert into agreement_field (agreement_id, field) values (?, 'HEALTH')")
			.param(inserted)
			.update();
		keptAsCounted("an agreement written by hand");
		this.jdbc.sql("delete from agreement where id = ?").param(inserted).update();
		keptAsCounted("that agreement deleted with its field");

		String province = this.jdbc.sql("select province_code from local_authority where code = 'oran'")
			.query(String.class)
			.single();
		this.jdbc.sql("update local_authority set province_code = 'elsewhere' where code = 'oran'").update();
		keptAsCounted("the authority moved to another wilaya");
		this.jdbc.sql("update local_authority set province_code = ? where code = 'oran'").param(province).update();
		keptAsCounted("the authority back in its wilaya");
		assertThat(this.register.statistics(
				new AgreementQuery(null, null, province, null, Jurisdiction.DZ, null, null, null, null, 0, 25),
				Account.of("miclat", Set.of(Role.MINISTRY_INTERIOR.group()))))
			.hasValueSatisfying((counted) -> assertThat(counted.total()).isEqualTo(this.jdbc.sql("""
					select count(*) from agreement a join local_authority l on l.code = a.local_authority
					where a.jurisdiction = 'DZ' and l.province_code = ?""")
				.param(province)
				.query(Long.class)
				.single()));

		// words in more than a thousand of a country's agreements: no count by filter
		this.jdbc.sql("""
				insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar,
				    title_fr, partner_name, partner_city, partner_country, partner_email, partner_language, state,
				    created_by, created_at, updated_at, version)
				select 'TALLY-MANY-' || g, 'DZ', 'DZ_DECREE_17_329', 'oran', 'TWINNING', 'توأمة', 'Jumelage volumineux',
				    'Ville', 'Ville', 'FR', null, 'fr', 'IN_FORCE', 'test', now(), now(), 0
				from generate_series(1, 1001) g""").update();
		keptAsCounted("a thousand agreements written at once");
		Account interior = Account.of("miclat", Set.of(Role.MINISTRY_INTERIOR.group()));
		AgreementQuery volume = new AgreementQuery(null, null, null, null, Jurisdiction.DZ, null, null, null,
				"volumineux", 0, 25);
		assertThat(this.register.statistics(volume, interior)).isEmpty();
		assertThat(this.register.statistics(
				new AgreementQuery(null, "oran", null, null, Jurisdiction.DZ, null, null, null, null, 0, 25), interior))
			.hasValueSatisfying((counted) -> assertThat(counted.total())
				.isEqualTo(this.jdbc.sql("select count(*) from agreement where local_authority = 'oran'")
					.query(Long.class)
					.single()));
		this.jdbc.sql("delete from agreement where reference like 'TALLY-MANY-%'").update();
		keptAsCounted("those deleted");

		// and the national inventory counts them as the agreements do
		long inForceDz = this.jdbc
			.sql("select count(*) from agreement where jurisdiction = 'DZ' and state = 'IN_FORCE'")
			.query(Long.class)
			.single();
		RegisterStatistics inventory = this.register
			.statistics(Account.of("miclat", Set.of(Role.MINISTRY_INTERIOR.group())));
		assertThat(inventory.byState()).containsEntry(AgreementState.IN_FORCE, inForceDz);
		assertThat(inventory.byYear()).containsKey(2019);
		assertThat(inventory.byInstrument()).containsKey(Instrument.PROTOCOL);
		assertThat(inventory.byField()).containsKey(CooperationField.TOURISM);
		assertThat(inventory.byField()).containsEntry(CooperationField.TOURISM, this.jdbc.sql("""
				select count(*) from agreement_field f join agreement a on a.id = f.agreement_id
				where a.jurisdiction = 'DZ' and f.field = 'TOURISM'""").query(Long.class).single());
	}

	private void keptAsCounted(String after) {
		assertThat(rows(TALLY)).as("the counts by authority, %s", after).isEqualTo(rows(COUNTED));
		assertThat(rows(PROVINCE_TALLY)).as("the counts by wilaya, %s", after).isEqualTo(rows(PROVINCES_COUNTED));
		assertThat(rows(COUNTRY_FIELD_TALLY)).as("the counts by field and country, %s", after)
			.isEqualTo(rows(COUNTRY_FIELDS_COUNTED));
		assertThat(rows(FIELD_TALLY)).as("the counts by field, %s", after).isEqualTo(rows(FIELDS_COUNTED));
	}

	private List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
	}

}
