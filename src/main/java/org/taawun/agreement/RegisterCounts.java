package org.taawun.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register counted by each filter, over what a viewer may see. A whole country's is
 * counted from the counts the database keeps as agreements change (Flyway V18:
 * {@code agreement_tally} by authority, state, partner country, instrument and year of
 * signature; {@code agreement_field_tally} by field and the same with the wilaya or
 * governorate instead of the authority; V24: {@code agreement_province_tally}, the first
 * by wilaya or governorate, and {@code agreement_country_field_tally}, the second by
 * country), which answer every filter but words, and an authority together with a field;
 * filtered on a field, the counts by field show that field. Other viewers' files, and
 * those filters, are counted from the agreements.
 */
@Repository
class RegisterCounts {

	private final JdbcClient jdbc;

	RegisterCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The agreements that match the query and that the visibility lets through, counted
	 * by each filter: read once, grouped by state, country, instrument, province and year
	 * of signature together; the counts by one of them add those up.
	 */
	Optional<RegisterStatistics> statistics(AgreementQuery query, Visibility visibility) {
		Map<String, Object> params = new HashMap<>();
		RegisterQueries.Matching matching = RegisterQueries.matching(query, visibility, params);
		boolean wholeCountry = RegisterQueries.wholeCountry(visibility);
		boolean tallied = wholeCountry && counts(query);
		if (!tallied && wholeCountry && beyondTheLimit(matching, params)) {
			// words found in more than a thousand of a country's agreements: counting
			// each
			// of them by each filter is for a narrower search
			return Optional.empty();
		}
		RegisterStatistics.Counter counter = new RegisterStatistics.Counter();
		// a whole country's hundreds of thousands of agreements are counted from the
		// counts the database keeps; an authority's or a ministry's files from themselves
		if (tallied) {
			count(query, visibility, counter);
		}
		else {
			countRows(matching, params, counter);
		}
		if (tallied && countsFields(query)) {
			countFields(query, visibility, counter);
		}
		else {
			countFieldRows(matching, params, counter);
		}
		return Optional.of(counter.statistics());
	}

	private boolean beyondTheLimit(RegisterQueries.Matching matching, Map<String, Object> params) {
		return this.jdbc
			.sql("select count(*) from (select 1 from " + matching.rows() + matching.where() + " limit "
					+ (PageOf.COUNT_LIMIT + 1) + ") as matched")
			.params(params)
			.query(Long.class)
			.single() > PageOf.COUNT_LIMIT;
	}

	/** The matching agreements themselves, grouped by the filters' values together. */
	private void countRows(RegisterQueries.Matching matching, Map<String, Object> params,
			RegisterStatistics.Counter counter) {
		this.jdbc
			.sql("select a.state, a.partner_country, a.instrument, l.province_code, "
					+ "extract(year from a.signature_date), count(*) from " + matching.rows()
					+ " join local_authority l on l.code = a.local_authority" + matching.where()
					+ " group by a.state, a.partner_country, a.instrument, l.province_code, "
					+ "extract(year from a.signature_date)")
			.params(params)
			.query((rs) -> {
				int year = rs.getInt(5);
				counter.add(AgreementState.valueOf(rs.getString(1)), rs.getString(2),
						Instrument.valueOf(rs.getString(3)), rs.getString(4), rs.wasNull() ? null : year,
						rs.getLong(6));
			});
	}

	private void countFieldRows(RegisterQueries.Matching matching, Map<String, Object> params,
			RegisterStatistics.Counter counter) {
		this.jdbc
			.sql("select f.field, count(*) from agreement_field f join " + matching.rows() + " on a.id = f.agreement_id"
					+ matching.where() + " group by f.field")
			.params(params)
			.query((rs) -> {
				counter.add(CooperationField.valueOf(rs.getString(1)), rs.getLong(2));
			});
	}

	/** Whether the tally counts the agreements that match the query. */
	private static boolean counts(AgreementQuery query) {
		return query.text() == null && (query.field() == null || query.localAuthority() == null);
	}

	private void count(AgreementQuery query, Visibility visibility, RegisterStatistics.Counter counter) {
		Map<String, Object> params = new HashMap<>();
		// agreements with a field counted as their field's counts: each once; an
		// authority's from the counts by authority, a country's from the fewer by wilaya
		String source;
		String province = "t.province_code";
		if (query.field() != null) {
			source = fieldTally(query);
		}
		else if (query.localAuthority() != null) {
			source = "agreement_tally t join local_authority l on l.code = t.local_authority";
			province = "l.province_code";
		}
		else {
			source = "agreement_province_tally t";
		}
		this.jdbc
			.sql("select t.state, t.partner_country, t.instrument, " + province + ", t.signed_year, sum(t.n) from "
					+ source + where(query, visibility, params, province) + " group by t.state, t.partner_country, "
					+ "t.instrument, " + province + ", t.signed_year having sum(t.n) > 0")
			.params(params)
			.query((rs) -> {
				int year = rs.getInt(5);
				counter.add(AgreementState.valueOf(rs.getString(1)), rs.getString(2),
						Instrument.valueOf(rs.getString(3)), rs.getString(4), (year == 0) ? null : year, rs.getLong(6));
			});
	}

	/**
	 * Whether the field tally counts the matching agreements by field: not an
	 * authority's.
	 */
	private static boolean countsFields(AgreementQuery query) {
		return counts(query) && query.localAuthority() == null;
	}

	private void countFields(AgreementQuery query, Visibility visibility, RegisterStatistics.Counter counter) {
		Map<String, Object> params = new HashMap<>();
		this.jdbc
			.sql("select t.field, sum(t.n) from " + fieldTally(query)
					+ where(query, visibility, params, "t.province_code") + " group by t.field having sum(t.n) > 0")
			.params(params)
			.query((rs) -> {
				counter.add(CooperationField.valueOf(rs.getString(1)), rs.getLong(2));
			});
	}

	/**
	 * The counts of the fields: by country, unless the query asks for a wilaya (the
	 * counts by wilaya hold thirty times as many rows).
	 */
	private static String fieldTally(AgreementQuery query) {
		return (query.province() != null) ? "agreement_field_tally t" : "agreement_country_field_tally t";
	}

	private static String where(AgreementQuery query, Visibility visibility, Map<String, Object> params,
			String province) {
		List<String> conditions = new ArrayList<>();
		if (!visibility.everything()) {
			conditions.add("t.jurisdiction in (:inventories)");
			params.put("inventories", visibility.inventories().stream().map(Enum::name).toList());
		}
		add(conditions, params, "jurisdiction", (query.jurisdiction() != null) ? query.jurisdiction().name() : null);
		add(conditions, params, "state", (query.state() != null) ? query.state().name() : null);
		add(conditions, params, "partner_country", query.country());
		add(conditions, params, "instrument", (query.instrument() != null) ? query.instrument().name() : null);
		add(conditions, params, "signed_year", query.year());
		add(conditions, params, "field", (query.field() != null) ? query.field().name() : null);
		if (query.localAuthority() != null) {
			add(conditions, params, "local_authority", query.localAuthority());
		}
		if (query.province() != null) {
			conditions.add(province + " = :wilaya");
			params.put("wilaya", query.province());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static void add(List<String> conditions, Map<String, Object> params, String column, Object value) {
		if (value != null) {
			conditions.add("t." + column + " = :" + column);
			params.put(column, value);
		}
	}

}
