package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open register: the agreements in force and those that ended, as anyone may read
 * them ({@link PublicAgreement}), filtered, searched, counted by country, and whole for
 * the open data.
 */
@Component
public class PublicRegister {

	private static final String COLUMNS = """
			a.reference, a.jurisdiction, a.local_authority, a.instrument, a.title_ar, a.title_fr, a.partner_name,
			a.partner_city, a.partner_country, a.partner_kind, a.state, a.signature_date, a.entry_into_force_date,
			a.end_date, (select string_agg(f.field, ' ' order by f.field) from agreement_field f
			where f.agreement_id = a.id) as fields""";

	private final JdbcClient jdbc;

	PublicRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the agreements that match, newest first, and how many match. */
	public Page search(Filters filters, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filters, params);
		List<PublicAgreement> items = this.jdbc
			.sql("select " + COLUMNS + " from agreement a" + where
					+ " order by a.created_at desc, a.id desc limit :size offset :offset")
			.params(params)
			.param("size", size)
			.param("offset", page * size)
			.query(PublicRegister::row)
			.list();
		long total = this.jdbc
			.sql("select count(*) from (select 1 from agreement a" + where + " limit " + (PageOf.COUNT_LIMIT + 1)
					+ ") as matched")
			.params(params)
			.query(Long.class)
			.single();
		return new Page(items, Math.min(total, PageOf.COUNT_LIMIT), total > PageOf.COUNT_LIMIT, page, size);
	}

	/** Every published agreement, by reference: the open data. */
	public List<PublicAgreement> all() {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("select " + COLUMNS + " from agreement a" + where(Filters.NONE, params) + " order by a.reference")
			.params(params)
			.query(PublicRegister::row)
			.list();
	}

	/** How many published agreements have a partner in each country, the most first. */
	public Map<String, Long> byCountry() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select partner_country, count(*) as n from agreement where state in (:published) "
					+ "group by partner_country order by n desc, partner_country")
			.param("published", published())
			.query((rs) -> {
				counts.put(rs.getString("partner_country"), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * What changes whenever the published register does: how many agreements there are
	 * and when the latest of them changed.
	 */
	public String version() {
		return this.jdbc
			.sql("select count(*) || '-' || coalesce(cast(max(updated_at) as varchar(40)), '') "
					+ "from agreement where state in (:published)")
			.param("published", published())
			.query(String.class)
			.single();
	}

	private static String where(Filters filters, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("a.state in (:published)");
		params.put("published",
				filters.ended() == null ? published() : PublicAgreement.PUBLISHED.stream()
					.map(Enum::name)
					.filter((state) -> filters.ended() == (state.equals("EXPIRED") || state.equals("TERMINATED")))
					.toList());
		if (filters.country() != null) {
			conditions.add("a.partner_country = :country");
			params.put("country", filters.country());
		}
		if (filters.jurisdiction() != null) {
			conditions.add("a.jurisdiction = :jurisdiction");
			params.put("jurisdiction", filters.jurisdiction());
		}
		if (filters.field() != null) {
			conditions.add("exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = :field)");
			params.put("field", filters.field());
		}
		if (filters.text() != null) {
			// each word anywhere, as the staff's register finds them: one indexed
			// condition
			// per word, answered from the rarest
			conditions.addAll(
					SearchText.eachWord(RegisterQueries.FOLDED + " like :word{0} escape '\\'", filters.text(), params));
		}
		return " where " + String.join(" and ", conditions);
	}

	private static List<String> published() {
		return PublicAgreement.PUBLISHED.stream().map(Enum::name).toList();
	}

	private static PublicAgreement row(ResultSet rs, int row) throws SQLException {
		String fields = rs.getString("fields");
		return new PublicAgreement(rs.getString("reference"), rs.getString("jurisdiction"),
				rs.getString("local_authority"), rs.getString("instrument"), rs.getString("title_ar"),
				rs.getString("title_fr"), rs.getString("partner_name"), rs.getString("partner_city"),
				rs.getString("partner_country"), rs.getString("partner_kind"),
				(fields == null) ? List.of() : Arrays.asList(fields.split(" ")), rs.getString("state"),
				rs.getObject("signature_date", LocalDate.class), rs.getObject("entry_into_force_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class));
	}

	/**
	 * What narrows the open register; {@code null} for no filter.
	 *
	 * @param ended {@code true} for those that ended, {@code false} for those in force
	 */
	public record Filters(String country, String jurisdiction, String field, Boolean ended, String text) {

		static final Filters NONE = new Filters(null, null, null, null, null);

	}

	/**
	 * A page of the open register.
	 *
	 * @param total how many match, at most {@link PageOf#COUNT_LIMIT}
	 * @param more whether more than {@link PageOf#COUNT_LIMIT} match
	 */
	public record Page(List<PublicAgreement> items, long total, boolean more, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

}
