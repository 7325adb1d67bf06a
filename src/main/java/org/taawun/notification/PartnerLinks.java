package org.taawun.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.AgreementSteps;

/**
 * The links partners answer by. A link is made with the mail that carries it, does one
 * thing, once, and expires; a link that was used, has expired, or whose token was altered
 * opens a page that says so and changes nothing.
 */
@Service
public class PartnerLinks {

	private final JdbcClient jdbc;

	private final LinkSigner signer;

	private final MailSettings settings;

	private final AgreementSteps steps;

	private final Clock clock;

	PartnerLinks(JdbcClient jdbc, LinkSigner signer, MailSettings settings, AgreementSteps steps, Clock clock) {
		this.jdbc = jdbc;
		this.signer = signer;
		this.settings = settings;
		this.steps = steps;
		this.clock = clock;
	}

	/** Makes a link in the caller's transaction, valid for the configured time. */
	PartnerLink create(long agreementId, LinkPurpose purpose, String language, List<Long> documents) {
		Instant now = this.clock.instant();
		PartnerLink link = new PartnerLink(LinkSigner.newId(), agreementId, purpose, language, documents, now,
				now.plus(this.settings.linkValidity()), null, null);
		this.jdbc.sql("""
				insert into partner_link (id, agreement_id, purpose, language, documents, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(link.id(), agreementId, purpose.name(), language,
					documents.stream().map(String::valueOf).collect(Collectors.joining(",")), Timestamp.from(now),
					Timestamp.from(link.expiresAt()))
			.update();
		return link;
	}

	/** The address the partner opens. */
	String url(PartnerLink link) {
		return this.settings.publicUrl().replaceAll("/+$", "") + "/partner/" + this.signer.token(link);
	}

	/** What a token opens, and whether it can still be answered. */
	@Transactional(readOnly = true)
	public Opened open(String token) {
		return find(token).map((link) -> new Opened(stateOf(link), link)).orElse(new Opened(LinkState.INVALID, null));
	}

	/**
	 * The partner's answer: the link is used up and the agreement told, in one
	 * transaction; nothing changes unless the link is open.
	 * @throws org.taawun.agreement.AnswerNotAwaitedException if the agreement no longer
	 * waits for the answer; nothing is changed
	 */
	@Transactional
	public Opened answer(String token) {
		Optional<PartnerLink> found = find(token);
		if (found.isEmpty()) {
			return new Opened(LinkState.INVALID, null);
		}
		PartnerLink link = found.get();
		LinkState state = stateOf(link);
		if (state != LinkState.OPEN) {
			return new Opened(state, link);
		}
		Instant now = this.clock.instant();
		int used = this.jdbc
			.sql("update partner_link set used_at = ? where id = ? and used_at is null and superseded_at is null")
			.params(Timestamp.from(now), link.id())
			.update();
		if (used == 0) {
			return new Opened(LinkState.USED, link);
		}
		this.steps.partnerAnswered(link.agreementId(), link.purpose() == LinkPurpose.ACCEPT_TEXT,
				link.purpose().name());
		return new Opened(LinkState.ANSWERED, link);
	}

	/** Open links made before the time whose partner was not reminded yet. */
	List<PartnerLink> unansweredSince(Instant before) {
		return this.jdbc
			.sql("select * from partner_link where used_at is null and reminded_at is null and superseded_at is null "
					+ "and created_at < ? and expires_at > ? order by created_at")
			.params(Timestamp.from(before), Timestamp.from(this.clock.instant()))
			.query(PartnerLinks::map)
			.list();
	}

	/**
	 * The links of the purpose that expired unanswered, of which the secretariat was not
	 * told yet; a link replaced is not among them.
	 */
	List<PartnerLink> expiredUnreported(LinkPurpose purpose) {
		return this.jdbc
			.sql("select * from partner_link where purpose = ? and used_at is null and superseded_at is null "
					+ "and expiry_reported_at is null and expires_at <= ? order by expires_at")
			.params(purpose.name(), Timestamp.from(this.clock.instant()))
			.query(PartnerLinks::map)
			.list();
	}

	void expiryReported(String linkId) {
		this.jdbc.sql("update partner_link set expiry_reported_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), linkId)
			.update();
	}

	/** The agreement's links of the purpose, answered or not, oldest first. */
	List<PartnerLink> of(long agreementId, LinkPurpose purpose) {
		return this.jdbc
			.sql("select * from partner_link where agreement_id = ? and purpose = ? order by created_at, id")
			.params(agreementId, purpose.name())
			.query(PartnerLinks::map)
			.list();
	}

	/**
	 * Kills the agreement's unanswered links of the purpose: a newer one replaces them,
	 * or the answer was recorded otherwise.
	 */
	void supersede(long agreementId, LinkPurpose purpose) {
		this.jdbc.sql("""
				update partner_link set superseded_at = ?
				where agreement_id = ? and purpose = ? and used_at is null and superseded_at is null""")
			.params(Timestamp.from(this.clock.instant()), agreementId, purpose.name())
			.update();
	}

	void reminded(String linkId) {
		this.jdbc.sql("update partner_link set reminded_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), linkId)
			.update();
	}

	private Optional<PartnerLink> find(String token) {
		int dot = (token != null) ? token.indexOf('.') : -1;
		if (dot < 1 || token.length() > 100) {
			return Optional.empty();
		}
		String id = token.substring(0, dot);
		String signature = token.substring(dot + 1);
		return this.jdbc.sql("select * from partner_link where id = ?")
			.param(id)
			.query(PartnerLinks::map)
			.optional()
			.filter((link) -> this.signer.signs(signature, link));
	}

	private LinkState stateOf(PartnerLink link) {
		if (link.usedAt() != null) {
			return LinkState.USED;
		}
		if (link.supersededAt() != null) {
			return LinkState.SUPERSEDED;
		}
		return link.usedOrExpiredAt(this.clock.instant()) ? LinkState.EXPIRED : LinkState.OPEN;
	}

	private static PartnerLink map(ResultSet rs, int row) throws SQLException {
		String documents = rs.getString("documents");
		Timestamp used = rs.getTimestamp("used_at");
		Timestamp superseded = rs.getTimestamp("superseded_at");
		return new PartnerLink(rs.getString("id"), rs.getLong("agreement_id"),
				LinkPurpose.valueOf(rs.getString("purpose")), rs.getString("language"),
				documents.isEmpty() ? List.of() : Arrays.stream(documents.split(",")).map(Long::valueOf).toList(),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				(used != null) ? used.toInstant() : null, (superseded != null) ? superseded.toInstant() : null);
	}

	/** Where a link stands. */
	public enum LinkState {

		/** It can be answered. */
		OPEN,
		/** It was just answered. */
		ANSWERED,
		/** It was answered before. */
		USED,
		/** Its time ran out. */
		EXPIRED,
		/**
		 * A newer link replaced it, or the answer was recorded otherwise (on paper).
		 */
		SUPERSEDED,
		/** No such link: mistyped, altered, or never made. */
		INVALID

	}

	/** A link and where it stands; no link when the token is invalid. */
	public record Opened(LinkState state, PartnerLink link) {
	}

}
