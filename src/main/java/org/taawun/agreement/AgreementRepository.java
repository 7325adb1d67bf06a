package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * Reads and writes agreements in the register tables.
 */
@Repository
class AgreementRepository {

	private static final String COLUMNS = """
			id, reference, jurisdiction, legal_basis, local_authority, instrument, title_ar, title_fr, partner_name,
			partner_city, partner_country, partner_email, partner_language, state, process_instance_id,
			created_by, created_at, updated_at, deliberation_date, approval_date, signature_date,
			entry_into_force_date, end_date, version""";

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new agreement with its fields and returns its id. */
	long insert(Agreement agreement) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar, title_fr,
					    partner_name, partner_city, partner_country, partner_email, partner_language, state,
					    created_by, created_at, updated_at)
					values (:reference, :jurisdiction, :legalBasis, :authority, :instrument, :titleAr, :titleFr, :partnerName,
					    :partnerCity, :partnerCountry, :partnerEmail, :partnerLanguage, :state, :createdBy, :at, :at)""")
			.param("reference", agreement.reference())
			.param("jurisdiction", agreement.jurisdiction().name())
			.param("legalBasis", agreement.legalBasis().name())
			.param("authority", agreement.localAuthority())
			.param("instrument", agreement.instrument().name())
			.param("titleAr", agreement.titles().ar())
			.param("titleFr", agreement.titles().fr())
			.param("partnerName", agreement.partner().name())
			.param("partnerCity", agreement.partner().city())
			.param("partnerCountry", agreement.partner().country())
			.param("partnerEmail", agreement.partner().email())
			.param("partnerLanguage", agreement.partner().language())
			.param("state", agreement.state().name())
			.param("createdBy", agreement.audit().createdBy())
			.param("at", timestamp(agreement.audit().createdAt()))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (CooperationField field : agreement.fields()) {
			this.jdbc.sql("insert into agreement_field (agreement_id, field) values (?, ?)")
				.params(id, field.name())
				.update();
		}
		return id;
	}

	void attachProcess(long id, String processInstanceId) {
		this.jdbc.sql("update agreement set process_instance_id = ? where id = ?")
			.params(processInstanceId, id)
			.update();
	}

	/** Records that a file was referred to a ministry group, once. */
	void recordReferral(long agreementId, String reviewerGroup, Instant at) {
		if (!referredTo(agreementId, Set.of(reviewerGroup))) {
			this.jdbc.sql("insert into agreement_referral (agreement_id, reviewer_group, referred_at) values (?, ?, ?)")
				.params(agreementId, reviewerGroup, timestamp(at))
				.update();
		}
	}

	boolean referredTo(long agreementId, Set<String> reviewerGroups) {
		return !reviewerGroups.isEmpty() && this.jdbc
			.sql("select count(*) from agreement_referral where agreement_id = :id and reviewer_group in (:groups)")
			.param("id", agreementId)
			.param("groups", reviewerGroups)
			.query(Long.class)
			.single() > 0;
	}

	/** The agreement a user's request with that key created, if any. */
	Optional<Long> byIdempotencyKey(String userId, String key) {
		return this.jdbc.sql("select agreement_id from idempotency_key where user_id = ? and idempotency_key = ?")
			.params(userId, key)
			.query(Long.class)
			.optional();
	}

	/**
	 * Remembers which agreement a user's request with that key created.
	 * @throws org.springframework.dao.DuplicateKeyException if a request with the same
	 * key created one first
	 */
	void rememberIdempotencyKey(String userId, String key, long agreementId, Instant at) {
		this.jdbc
			.sql("insert into idempotency_key (user_id, idempotency_key, agreement_id, created_at) "
					+ "values (?, ?, ?, ?)")
			.params(userId, key, agreementId, timestamp(at))
			.update();
	}

	void updatePartnerEmail(long id, String email, Instant at) {
		this.jdbc.sql("update agreement set partner_email = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(email, timestamp(at), id)
			.update();
	}

	/**
	 * Writes the agreement's state and key dates, failing if someone else changed the
	 * agreement since it was read.
	 */
	void update(Agreement agreement, int readVersion, Instant at) {

		Agreement.KeyDates dates = agreement.dates();
		int updated = this.jdbc.sql("""
				update agreement set state = ?, deliberation_date = ?, approval_date = ?, signature_date = ?,
				    entry_into_force_date = ?, end_date = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(agreement.state().name(), dates.deliberation(), dates.approval(), dates.signature(),
					dates.entryIntoForce(), dates.end(), timestamp(at), agreement.id(), readVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Agreement " + agreement.id() + " changed while it was being updated");
		}
	}

	void recordStateChange(long id, Instant at, String actor, AgreementState from, AgreementState to) {
		this.jdbc.sql("""
				insert into agreement_event (agreement_id, occurred_at, actor, kind, from_state, to_state, subject)
				values (?, ?, ?, 'STATE_CHANGED', ?, ?, ?)""")
			.params(id, timestamp(at), actor, (from != null) ? from.name() : null, to.name(), to.name())
			.update();
	}

	/**
	 * Records a reminder, an escalation or an amendment step; the subject names the task
	 * or step.
	 */
	void recordEvent(long id, Instant at, String actor, TimelineEntry.Kind kind, String subject) {
		this.jdbc.sql("""
				insert into agreement_event (agreement_id, occurred_at, actor, kind, subject)
				values (?, ?, ?, ?, ?)""").params(id, timestamp(at), actor, kind.name(), subject).update();
	}

	List<TimelineEntry> events(long id) {
		return this.jdbc.sql("""
				select occurred_at, actor, kind, subject from agreement_event
				where agreement_id = ? order by occurred_at, id""")
			.param(id)
			.query((rs, row) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("actor"),
					TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("subject")))
			.list();
	}

	Optional<Versioned> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from agreement where id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.map((row) -> withFields(List.of(row)).get(0));
	}

	List<Agreement> ofAuthority(String authority) {
		List<Versioned> rows = this.jdbc
			.sql("select " + COLUMNS + " from agreement where local_authority = ? order by created_at, id")
			.param(authority)
			.query(this::map)
			.list();
		return withFields(rows).stream().map(Versioned::agreement).toList();
	}

	/**
	 * The agreements of an authority referred to one of the ministry groups, oldest
	 * first.
	 */
	List<Agreement> ofAuthorityReferredTo(String authority, Set<String> reviewerGroups) {
		if (reviewerGroups.isEmpty()) {
			return List.of();
		}
		List<Versioned> rows = this.jdbc
			.sql("select " + COLUMNS + " from agreement where local_authority = :authority "
					+ "and id in (select agreement_id from agreement_referral where reviewer_group in (:groups)) "
					+ "order by created_at, id")
			.param("authority", authority)
			.param("groups", reviewerGroups)
			.query(this::map)
			.list();
		return withFields(rows).stream().map(Versioned::agreement).toList();
	}

	List<Versioned> findByReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return withFields(this.jdbc.sql("select " + COLUMNS + " from agreement where reference in (:references)")
			.param("references", references)
			.query(this::map)
			.list());
	}

	Optional<Versioned> findByReference(String reference) {

		return this.jdbc.sql("select " + COLUMNS + " from agreement where reference = ?")
			.param(reference)
			.query(this::map)
			.optional()
			.map((row) -> withFields(List.of(row)).get(0));
	}

	/**
	 * The page of agreements that match the query and that the visibility lets through.
	 */

	PageOf<Agreement> search(AgreementQuery query, Visibility visibility) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, visibility, params);
		long total = this.jdbc.sql("select count(*) from agreement a" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", query.size());
		params.put("offset", query.offset());
		List<Versioned> rows = this.jdbc
			.sql("select " + COLUMNS + " from agreement a" + where + " order by created_at desc, id desc"
					+ " limit :limit offset :offset")
			.params(params)
			.query(this::map)
			.list();
		List<Agreement> items = withFields(rows).stream().map(Versioned::agreement).toList();
		return new PageOf<>(items, query.page(), query.size(), total);
	}

	RegisterStatistics statistics(Visibility visibility) {
		Map<String, Object> params = new HashMap<>();
		String where = where(AgreementQuery.all(0, 1), visibility, params);
		Map<AgreementState, Long> byState = new LinkedHashMap<>();
		counts("a.state", "agreement a" + where, params)
			.forEach((state, count) -> byState.put(AgreementState.valueOf(state), count));
		Map<CooperationField, Long> byField = new LinkedHashMap<>();
		counts("f.field", "agreement_field f join agreement a on a.id = f.agreement_id" + where, params)
			.forEach((field, count) -> byField.put(CooperationField.valueOf(field), count));
		String inForce = (where.isEmpty() ? " where " : where + " and ") + "a.state = 'IN_FORCE'";
		return new RegisterStatistics(byState.values().stream().mapToLong(Long::longValue).sum(), byState,
				counts("a.partner_country", "agreement a" + where, params), byField,
				counts("a.partner_country", "agreement a" + inForce, params));
	}

	/**
	 * How many rows of the source have each value of the key, the largest count first.
	 */
	private Map<String, Long> counts(String key, String source, Map<String, Object> params) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + key + ", count(*) from " + source + " group by " + key + " order by count(*) desc, " + key)
			.params(params)
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
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
			if (!visibility.reviewerGroups().isEmpty()) {
				visible.add("exists (select 1 from agreement_referral r where r.agreement_id = a.id "
						+ "and r.reviewer_group in (:reviewerGroups))");
				params.put("reviewerGroups", visibility.reviewerGroups());
			}
			conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
		}
		addFilter(conditions, params, "a.state", "state", (query.state() != null) ? query.state().name() : null);
		addFilter(conditions, params, "a.local_authority", "authority", query.localAuthority());
		addFilter(conditions, params, "a.partner_country", "country", query.country());
		addFilter(conditions, params, "a.jurisdiction", "jurisdiction",
				(query.jurisdiction() != null) ? query.jurisdiction().name() : null);
		if (query.field() != null) {
			conditions.add("exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = :field)");
			params.put("field", query.field().name());
		}
		if (query.text() != null) {
			// one expression, which PostgreSQL finds through its trigram index (V8)
			conditions.add("lower(a.reference) || ' ' || lower(a.title_fr) || ' ' || a.title_ar || ' '"
					+ " || lower(a.partner_name) like :text escape '\\'");
			params.put("text", query.textPattern());
		}

		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static void addFilter(List<String> conditions, Map<String, Object> params, String column, String name,
			Object value) {
		if (value != null) {
			conditions.add(column + " = :" + name);
			params.put(name, value);
		}
	}

	/** Adds their fields of cooperation to agreements read without them, in one query. */
	private List<Versioned> withFields(List<Versioned> rows) {
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
			return new Versioned(new Agreement(a.id(), a.reference(), a.jurisdiction(), a.legalBasis(),
					a.localAuthority(), a.instrument(), a.titles(), a.partner(), fields.getOrDefault(a.id(), Set.of()),
					a.state(), a.processInstanceId(), a.audit(), a.dates()), row.version());
		}).toList();
	}

	private Versioned map(ResultSet rs, int row) throws SQLException {
		Agreement agreement = new Agreement(rs.getLong("id"), rs.getString("reference"),
				Jurisdiction.valueOf(rs.getString("jurisdiction")), LegalBasis.valueOf(rs.getString("legal_basis")),
				rs.getString("local_authority"), Instrument.valueOf(rs.getString("instrument")),
				new Agreement.Titles(rs.getString("title_ar"), rs.getString("title_fr")),
				new ForeignPartner(rs.getString("partner_name"), rs.getString("partner_city"),
						rs.getString("partner_country"), rs.getString("partner_email"),
						rs.getString("partner_language")),
				Set.of(), AgreementState.valueOf(rs.getString("state")), rs.getString("process_instance_id"),
				new Agreement.Audit(rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at")),
				new Agreement.KeyDates(date(rs, "deliberation_date"), date(rs, "approval_date"),
						date(rs, "signature_date"), date(rs, "entry_into_force_date"), date(rs, "end_date")));
		return new Versioned(agreement, rs.getInt("version"));
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** An agreement with the version its row had when read, for optimistic locking. */
	record Versioned(Agreement agreement, int version) {
	}

}
