package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.party.PartnerKind;

/** An agreement as a row of the register's tables reads. */
@Component
class AgreementRows {

	static final String COLUMNS = """
			id, reference, jurisdiction, legal_basis, local_authority, instrument, title_ar, title_fr, partner_name,
			partner_city, partner_country, partner_email, partner_language, state, process_instance_id,
			created_by, created_at, updated_at, deliberation_date, approval_date, signature_date,
			entry_into_force_date, end_date, referral_date, partner_kind, version""";

	private final JdbcClient jdbc;

	AgreementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds their fields of cooperation to agreements read without them, in one query. */
	List<AgreementRepository.Versioned> withFields(List<AgreementRepository.Versioned> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, Set<CooperationField>> fields = new HashMap<>();
		this.jdbc.sql("select agreement_id, field from agreement_field where agreement_id in (:ids)")
			.param("ids", rows.stream().map((row) -> row.agreement().id()).toList())
			.query((rs) -> {
				fields.computeIfAbsent(rs.getLong("agreement_id"), (id) -> EnumSet.noneOf(CooperationField.class))
					.add(CooperationField.valueOf(rs.getString("field")));
			});
		return rows.stream().map((row) -> {
			Agreement a = row.agreement();
			return new AgreementRepository.Versioned(new Agreement(a.id(), a.reference(), a.jurisdiction(),
					a.legalBasis(), a.localAuthority(), a.instrument(), a.titles(), a.partner(),
					fields.getOrDefault(a.id(), Set.of()), a.state(), a.processInstanceId(), a.audit(), a.dates()),
					row.version());
		}).toList();
	}

	AgreementRepository.Versioned map(ResultSet rs, int row) throws SQLException {
		Agreement agreement = new Agreement(rs.getLong("id"), rs.getString("reference"),
				Jurisdiction.valueOf(rs.getString("jurisdiction")), LegalBasis.valueOf(rs.getString("legal_basis")),
				rs.getString("local_authority"), Instrument.valueOf(rs.getString("instrument")),
				new Agreement.Titles(rs.getString("title_ar"), rs.getString("title_fr")),
				new ForeignPartner(rs.getString("partner_name"), rs.getString("partner_city"),
						rs.getString("partner_country"), rs.getString("partner_email"),
						rs.getString("partner_language"), PartnerKind.valueOf(rs.getString("partner_kind"))),
				Set.of(), AgreementState.valueOf(rs.getString("state")), rs.getString("process_instance_id"),
				new Agreement.Audit(rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at")),
				new Agreement.KeyDates(date(rs, "deliberation_date"), date(rs, "approval_date"),
						date(rs, "signature_date"), date(rs, "entry_into_force_date"), date(rs, "end_date"),
						date(rs, "referral_date")));
		return new AgreementRepository.Versioned(agreement, rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
