package org.taawun.agreement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes the agreements brought in from a portfolio: each with its state, its dates and
 * the importer's key, in one statement.
 */
@Repository
class HistoricRecords {

	private final JdbcClient jdbc;

	private final AgreementRows rows;

	HistoricRecords(JdbcClient jdbc, AgreementRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** The agreements of the authority brought in under those keys, by key. */
	Map<String, Agreement> byKeys(String authority, Collection<String> keys) {
		Map<String, Agreement> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		Map<Long, String> keysById = new HashMap<>();
		List<AgreementRepository.Versioned> read = this.jdbc
			.sql("select import_key, " + AgreementRows.COLUMNS
					+ " from agreement where local_authority = :authority and import_key in (:keys)")
			.param("authority", authority)
			.param("keys", keys)
			.query((rs, row) -> {
				keysById.put(rs.getLong("id"), rs.getString("import_key"));
				return this.rows.map(rs, row);
			})
			.list();
		this.rows.withFields(read).forEach((row) -> found.put(keysById.get(row.agreement().id()), row.agreement()));
		return found;
	}

	long insert(String reference, HistoricAgreement record, String importer, Instant at) {
		var key = new GeneratedKeyHolder();
		DraftAgreement draft = record.draft();
		HistoricAgreement.Dates dates = record.dates();
		this.jdbc
			.sql("""
					insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar, title_fr,
					    partner_name, partner_city, partner_country, partner_email, partner_language, partner_kind, state,
					    created_by, created_at, updated_at, referral_date, deliberation_date, approval_date, signature_date,
					    entry_into_force_date, end_date, renewal_mode, notes, import_key, imported_state)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reference, draft.jurisdiction().name(), draft.basis().name(), draft.localAuthority(),
					draft.instrument().name(), draft.titleAr(), draft.titleFr(), draft.partner().name(),
					draft.partner().city(), draft.partner().country(), draft.partner().email(),
					draft.partner().language(), draft.partner().kind().name(), record.enteredState().name(), importer,
					at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC), dates.referral(), dates.deliberation(),
					dates.approval(), dates.signature(), dates.entryIntoForce(), dates.end(),
					(record.renewal() != null) ? record.renewal().name() : null, record.notes(), record.key(),
					record.enteredState().name())
			.update(key, "id");
		long id = key.getKey().longValue();
		insertFields(id, draft);
		return id;
	}

	/**
	 * Writes what a record imported again says of an agreement: its names, partner,
	 * fields, dates and notes; its state is the lifecycle's.
	 */
	void update(long id, HistoricAgreement record, Instant at) {
		DraftAgreement draft = record.draft();
		HistoricAgreement.Dates dates = record.dates();
		this.jdbc.sql("""
				update agreement set instrument = ?, title_ar = ?, title_fr = ?, partner_name = ?, partner_city = ?,
				    partner_country = ?, partner_email = ?, partner_language = ?, partner_kind = ?, referral_date = ?,
				    deliberation_date = ?, approval_date = ?, signature_date = ?, entry_into_force_date = ?,
				    end_date = ?, renewal_mode = ?, notes = ?, updated_at = ?, version = version + 1
				where id = ?""")
			.params(draft.instrument().name(), draft.titleAr(), draft.titleFr(), draft.partner().name(),
					draft.partner().city(), draft.partner().country(), draft.partner().email(),
					draft.partner().language(), draft.partner().kind().name(), dates.referral(), dates.deliberation(),
					dates.approval(), dates.signature(), dates.entryIntoForce(), dates.end(),
					(record.renewal() != null) ? record.renewal().name() : null, record.notes(),
					at.atOffset(ZoneOffset.UTC), id)
			.update();
		this.jdbc.sql("delete from agreement_field where agreement_id = ?").param(id).update();
		insertFields(id, draft);
	}

	/** What an import last said of the agreement besides the register's columns. */
	Provenance provenance(long id) {
		return this.jdbc.sql("select import_key, imported_state, renewal_mode, notes from agreement where id = ?")
			.param(id)
			.query((rs, row) -> new Provenance(rs.getString("import_key"),
					(rs.getString("imported_state") != null) ? AgreementState.valueOf(rs.getString("imported_state"))
							: null,
					(rs.getString("renewal_mode") != null) ? RenewalMode.valueOf(rs.getString("renewal_mode")) : null,
					rs.getString("notes")))
			.single();
	}

	private void insertFields(long id, DraftAgreement draft) {
		for (CooperationField field : draft.fields()) {
			this.jdbc.sql("insert into agreement_field (agreement_id, field) values (?, ?)")
				.params(id, field.name())
				.update();
		}
	}

	/** The authorities whose agreements were brought in under those keys, by key. */
	Map<String, List<String>> authoritiesByKey(Collection<String> keys) {
		Map<String, List<String>> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select import_key, local_authority from agreement where import_key in (:keys)")
			.param("keys", keys)
			.query((rs) -> {
				found.computeIfAbsent(rs.getString("import_key"), (key) -> new ArrayList<>())
					.add(rs.getString("local_authority"));
			});
		return found;
	}

}
