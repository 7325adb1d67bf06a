package org.taawun.lessons;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.PublicAgreement;
import org.taawun.agreement.SearchText;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The lessons authorities share: recorded once from an annual evaluation, searched by
 * field, partner country and words by every authority's staff, newest first.
 */
@Service
public class Lessons {

	/** The most a search lists. */
	public static final int LIMIT = 50;

	/** The words a search looks in, folded as {@link SearchText} folds them (V20). */
	private static final String FOLDED = "search_fold(l.worked || ' ' || coalesce(l.did_not_work, '') || ' ' "
			+ "|| coalesce(l.contact_office, ''))";

	private final JdbcClient jdbc;

	private final LocalAuthorities authorities;

	private final Clock clock;

	Lessons(JdbcClient jdbc, LocalAuthorities authorities, Clock clock) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.clock = clock;
	}

	/**
	 * Shares the lesson under the authority of its agreement; a lesson already shared
	 * from the same source is not shared twice.
	 */
	@Transactional
	public void share(SharedLesson lesson) {
		this.jdbc.sql("""
				insert into shared_lesson (source_key, agreement_id, local_authority, field, evaluated_year, worked,
				    did_not_work, contact_office, published, shared_at)
				select :source, a.id, a.local_authority, :field, :year, :worked, :didNotWork, :contact, :published, :at
				from agreement a
				where a.id = :agreement
				  and not exists (select 1 from shared_lesson s where s.source_key = :source)""")
			.param("source", lesson.sourceKey())
			.param("agreement", lesson.agreementId())
			.param("field", lesson.field().name())
			.param("year", lesson.year())
			.param("worked", lesson.worked())
			.param("didNotWork", lesson.didNotWork())
			.param("contact", lesson.contactOffice())
			.param("published", lesson.published())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/**
	 * The latest lessons their authorities published, for anyone: without the office to
	 * ask, which is for staff.
	 */
	@Transactional(readOnly = true)
	public List<Lesson> published(int count) {
		// from agreements the open register shows, as it shows them
		return read(List.of("l.published = true", "a.state in (:shown)"),
				Map.of("shown", PublicAgreement.PUBLISHED.stream().map(Enum::name).toList()), count)
			.stream()
			.map((lesson) -> new Lesson(lesson.id(), lesson.authority(), lesson.partnerName(), lesson.partnerCountry(),
					lesson.field(), lesson.year(), lesson.worked(), lesson.didNotWork(), null))
			.toList();
	}

	/** The lessons that match, newest first, at most {@link #LIMIT}. */
	@Transactional(readOnly = true)
	public List<Lesson> search(LessonQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (query.field() != null) {
			conditions.add("l.field = :field");
			params.put("field", query.field().name());
		}
		if (query.country() != null) {
			conditions.add("a.partner_country = :country");
			params.put("country", query.country());
		}
		if (query.words() != null) {
			conditions.addAll(SearchText.eachWord(FOLDED + " like :word{0} escape '\\'", query.words(), params));
		}
		return read(conditions, params, LIMIT);
	}

	private List<Lesson> read(List<String> conditions, Map<String, Object> params, int count) {
		record Row(long id, String authority, String partner, String country, String field, int year, String worked,
				String didNotWork, String contact) {
		}
		List<Row> rows = this.jdbc
			.sql("select l.id, l.local_authority, a.partner_name, a.partner_country, l.field, l.evaluated_year, "
					+ "l.worked, l.did_not_work, l.contact_office from shared_lesson l "
					+ "join agreement a on a.id = l.agreement_id"
					+ (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
					+ " order by l.shared_at desc, l.id desc limit " + count)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
		Map<String, LocalAuthority> named = this.authorities
			.named(rows.stream().map(Row::authority).distinct().toList());
		return rows.stream()
			.map((r) -> new Lesson(r.id(), named.get(r.authority()), r.partner(), r.country(),
					CooperationField.valueOf(r.field()), r.year(), r.worked(), r.didNotWork(), r.contact()))
			.toList();
	}

}
