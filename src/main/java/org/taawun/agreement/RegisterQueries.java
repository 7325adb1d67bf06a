package org.taawun.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's lists: a page of what a viewer may see, filtered; its counts; an
 * authority's register. Each reads in the order of an index (Flyway V7, and V23 for
 * words).
 */
@Repository
class RegisterQueries {

	/** The words a search looks in, folded as {@link SearchText} folds them. */
	static final String FOLDED = "search_fold(a.reference || ' ' || a.title_fr || ' ' || a.title_ar || ' ' "
			+ "|| a.partner_name || ' ' || a.partner_city)";

	private final JdbcClient jdbc;

	private final AgreementRows rows;

	RegisterQueries(JdbcClient jdbc, AgreementRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	List<Agreement> ofAuthority(String authority) {
		List<AgreementRepository.Versioned> rows = this.jdbc
			.sql("select " + AgreementRows.COLUMNS
					+ " from agreement where local_authority = ? order by created_at, id")
			.param(authority)
			.query(this.rows::map)
			.list();
		return this.rows.withFields(rows).stream().map(AgreementRepository.Versioned::agreement).toList();
	}

	/**
	 * The agreements of an authority referred to one of the ministry groups, oldest
	 * first.
	 */
	List<Agreement> ofAuthorityReferredTo(String authority, Set<String> reviewerGroups) {
		if (reviewerGroups.isEmpty()) {
			return List.of();
		}
		List<AgreementRepository.Versioned> rows = this.jdbc
			.sql("select " + AgreementRows.COLUMNS + " from agreement where local_authority = :authority "
					+ "and id in (select agreement_id from agreement_referral where reviewer_group in (:groups)) "
					+ "order by created_at, id")
			.param("authority", authority)
			.param("groups", reviewerGroups)
			.query(this.rows::map)
			.list();
		return this.rows.withFields(rows).stream().map(AgreementRepository.Versioned::agreement).toList();
	}

	/**
	 * The page of agreements that match the query and that the visibility lets through.
	 */
	PageOf<Agreement> search(AgreementQuery query, Visibility visibility) {
		Map<String, Object> params = new HashMap<>();
		Matching matching = matching(query, visibility, params);
		// read up to one more than the count's limit, in no order: a million matches cost
		// no more than a thousand
		List<Match> matched = this.jdbc
			.sql("select a.id, a.created_at from " + matching.rows() + matching.where() + " limit "
					+ (PageOf.COUNT_LIMIT + 1))
			.params(params)
			.query((rs, row) -> new Match(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		long total = matched.size();
		List<AgreementRepository.Versioned> rows;
		if (total <= PageOf.COUNT_LIMIT) {
			// every match is read already: the page is taken from them, without a second
			// search
			rows = byIds(matched.stream()
				.sorted(Match.NEWEST_FIRST)
				.skip(query.offset())
				.limit(query.size())
				.map(Match::id)
				.toList());
		}
		else {
			params.put("limit", query.size());
			params.put("offset", query.offset());
			rows = this.jdbc
				.sql("select " + AgreementRows.COLUMNS + " from " + matching.rows() + matching.where()
						+ " order by created_at desc, id desc limit :limit offset :offset")
				.params(params)
				.query(this.rows::map)
				.list();
		}
		List<Agreement> items = this.rows.withFields(rows)
			.stream()
			.map(AgreementRepository.Versioned::agreement)
			.toList();
		return new PageOf<>(items, query.page(), query.size(), Math.min(total, PageOf.COUNT_LIMIT),
				total > PageOf.COUNT_LIMIT);
	}

	/** The rows with those ids, in the order of the ids. */
	private List<AgreementRepository.Versioned> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, AgreementRepository.Versioned> found = new HashMap<>();
		this.jdbc.sql("select " + AgreementRows.COLUMNS + " from agreement a where a.id in (:ids)")
			.param("ids", ids)
			.query(this.rows::map)
			.list()
			.forEach((row) -> found.put(row.agreement().id(), row));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** A matching agreement, with what orders the register: newest first. */
	private record Match(long id, Instant createdAt) {

		static final Comparator<Match> NEWEST_FIRST = Comparator.comparing(Match::createdAt)
			.thenComparing(Match::id)
			.reversed();

	}

	/**
	 * Where the matching rows are read from, as {@code a}, and the conditions on them
	 * ({@code " where ..."} or nothing).
	 */
	record Matching(String rows, String where) {
	}

	/**
	 * The rows that match: the register with conditions, or the visible rows first when
	 * they are few or when words are searched in them.
	 */
	static Matching matching(AgreementQuery query, Visibility visibility, Map<String, Object> params) {
		String where = where(query, visibility, params);
		if (query.text() != null && !wholeCountry(visibility)) {
			// an authority's, a wilaya's or a ministry's referred files: the visible rows
			// first (the subquery the planner may not flatten), then the words in each —
			// neither a word every title has nor one no title has then reads the whole
			// register through an index
			return new Matching("(select * from agreement a" + where + " offset 0 rows) a",
					" where " + eachWord(query, params));
		}
		if (referredOnly(visibility)) {
			// a ministry's few thousand referred files, read and then sorted: walking the
			// million rows by date would probe the referrals for each until 25 are found
			return new Matching("(select * from agreement a" + where + " offset 0 rows) a", "");
		}
		return new Matching("agreement a", where);
	}

	private static String where(AgreementQuery query, Visibility visibility, Map<String, Object> params) {

		List<String> conditions = new ArrayList<>();
		if (!visibility.everything()) {
			List<String> visible = new ArrayList<>();
			if (!visibility.authorities().isEmpty()) {
				visible.add("a.local_authority in (:ownAuthorities)");
				params.put("ownAuthorities", visibility.authorities());
			}
			if (!visibility.provinces().isEmpty()) {
				visible
					.add("a.local_authority in (select code from local_authority where province_code in (:provinces))");
				params.put("provinces", visibility.provinces());
			}
			if (!visibility.inventories().isEmpty()) {
				visible.add("a.jurisdiction in (:inventories)");
				params.put("inventories", visibility.inventories().stream().map(Enum::name).toList());
			}
			if (!visibility.reviewerGroups().isEmpty()) {
				visible.add("exists (select 1 from agreement_referral r where r.agreement_id = a.id "
						+ "and r.reviewer_group in (:reviewerGroups))");
				params.put("reviewerGroups", visibility.reviewerGroups());
			}
			conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
		}
		addFilter(conditions, params, "a.state", "state", (query.state() != null) ? query.state().name() : null);
		addFilter(conditions, params, "a.local_authority", "authority", query.localAuthority());
		if (query.province() != null) {
			conditions.add("a.local_authority in (select code from local_authority where province_code = :wilaya)");
			params.put("wilaya", query.province());
		}
		addFilter(conditions, params, "a.partner_country", "country", query.country());
		addFilter(conditions, params, "a.instrument", "instrument",
				(query.instrument() != null) ? query.instrument().name() : null);
		if (query.year() != null) {
			conditions.add("a.signature_date between :yearStart and :yearEnd");
			params.put("yearStart", LocalDate.of(query.year(), 1, 1));
			params.put("yearEnd", LocalDate.of(query.year(), 12, 31));
		}
		addFilter(conditions, params, "a.jurisdiction", "jurisdiction",
				(query.jurisdiction() != null) ? query.jurisdiction().name() : null);
		if (query.field() != null) {
			conditions.add("exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = :field)");
			params.put("field", query.field().name());
		}
		if (query.text() != null && wholeCountry(visibility)) {
			// the whole register or a country's: found through the trigram index (V23)
			conditions.add(eachWord(query, params));
		}

		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/**
	 * Every word searched, anywhere in the folded text: one indexed condition per word,
	 * which the trigram index answers from its rarest word.
	 */
	private static String eachWord(AgreementQuery query, Map<String, Object> params) {
		return String.join(" and ", SearchText.eachWord(FOLDED + " like :word{0} escape '\\'", query.text(), params));
	}

	/**
	 * Whether the viewer sees only files referred to a ministry (and perhaps an
	 * authority's own): few enough to read them all before ordering them.
	 */
	private static boolean referredOnly(Visibility visibility) {
		return !wholeCountry(visibility) && visibility.provinces().isEmpty() && !visibility.reviewerGroups().isEmpty();
	}

	/** Whether the viewer reads the whole register or a whole country's. */
	static boolean wholeCountry(Visibility visibility) {
		return visibility.everything() || !visibility.inventories().isEmpty();
	}

	private static void addFilter(List<String> conditions, Map<String, Object> params, String column, String name,
			Object value) {
		if (value != null) {
			conditions.add(column + " = :" + name);
			params.put(name, value);
		}
	}

}
