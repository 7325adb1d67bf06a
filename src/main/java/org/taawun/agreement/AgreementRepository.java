package org.taawun.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes agreements in the register tables; the register's lists are
 * {@link RegisterQueries}.
 */
@Repository
class AgreementRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final AgreementRows rows;

	AgreementRepository(JdbcClient jdbc, JdbcTemplate batches, AgreementRows rows) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** Inserts a new agreement with its fields and returns its id. */
	long insert(Agreement agreement) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar, title_fr,
					    partner_name, partner_city, partner_country, partner_email, partner_language, partner_kind, state,
					    created_by, created_at, updated_at)
					values (:reference, :jurisdiction, :legalBasis, :authority, :instrument, :titleAr, :titleFr, :partnerName,
					    :partnerCity, :partnerCountry, :partnerEmail, :partnerLanguage, :partnerKind, :state, :createdBy, :at,
					    :at)""")
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
			.param("partnerKind", agreement.partner().kind().name())
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

	/** Records the process instance of each agreement, by agreement id. */
	void attachProcesses(Map<Long, String> instances) {
		this.batches.batchUpdate("update agreement set process_instance_id = ? where id = ?",
				instances.entrySet().stream().map((e) -> new Object[] { e.getValue(), e.getKey() }).toList());
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
			.query((rs, row) -> new TimelineEntry(AgreementRows.instant(rs, "occurred_at"), rs.getString("actor"),
					TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("subject")))
			.list();
	}

	Optional<Versioned> find(long id) {
		return this.jdbc.sql("select " + AgreementRows.COLUMNS + " from agreement where id = ?")
			.param(id)
			.query(this.rows::map)
			.optional()
			.map((row) -> this.rows.withFields(List.of(row)).get(0));
	}

	List<Versioned> findByReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return this.rows.withFields(
				this.jdbc.sql("select " + AgreementRows.COLUMNS + " from agreement where reference in (:references)")
					.param("references", references)
					.query(this.rows::map)
					.list());
	}

	Optional<Versioned> findByReference(String reference) {

		return this.jdbc.sql("select " + AgreementRows.COLUMNS + " from agreement where reference = ?")
			.param(reference)
			.query(this.rows::map)
			.optional()
			.map((row) -> this.rows.withFields(List.of(row)).get(0));
	}

	/**
	 * The author's latest agreement with the same authority, titles and partner since
	 * then.
	 */
	Optional<Long> sameDraftSince(DraftAgreement draft, String userId, Instant since) {
		return this.jdbc.sql("""
				select id from agreement where created_by = ? and local_authority = ? and title_ar = ? and title_fr = ?
				    and partner_name = ? and created_at >= ? order by id desc""")
			.params(userId, draft.localAuthority(), draft.titleAr(), draft.titleFr(), draft.partner().name(),
					timestamp(since))
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** An agreement with the version its row had when read, for optimistic locking. */
	record Versioned(Agreement agreement, int version) {
	}

}
