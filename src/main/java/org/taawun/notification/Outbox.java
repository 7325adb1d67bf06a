package org.taawun.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.taawun.notification.OutboxMessage.Status;

/**
 * The outbox table. A message is written once, in the transaction of the step that sends
 * it; delivery only changes its status. A sender leases a message before delivering it,
 * so two senders never deliver the same one at the same time, and a crashed sender's
 * lease runs out for another to take over.
 */
@Repository
class Outbox {

	private static final String COLUMNS = """
			id, message_id, agreement_id, purpose, recipient, language, sender_name, reply_to, subject, body,
			attachments, link_id, status, attempts, next_attempt_at, last_error, created_at, sent_at""";

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the message unless one with the same key was written: a step that runs again
	 * sends nothing twice.
	 * @return whether it was written
	 */
	boolean write(String dedupKey, OutboxMessage message) {
		if (this.jdbc.sql("select count(*) from outbox_message where dedup_key = ?")
			.param(dedupKey)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into outbox_message (message_id, dedup_key, agreement_id, purpose, recipient, language,
				    sender_name, reply_to, subject, body, attachments, link_id, status, attempts, next_attempt_at,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(message.messageId(), dedupKey, message.agreementId(), message.purpose().name(), message.recipient(),
					message.language(), message.senderName(), message.replyTo(), message.subject(), message.body(),
					message.attachments().stream().map(String::valueOf).collect(Collectors.joining(",")),
					message.linkId(), Status.PENDING.name(), Timestamp.from(message.nextAttemptAt()),
					Timestamp.from(message.createdAt()))
			.update();
		return true;
	}

	/**
	 * Messages due for delivery and held by no sender, longest due first: a message tried
	 * again goes behind those never tried, so failing ones never hold up the rest.
	 */
	List<Long> due(Instant now, int limit) {
		return this.jdbc.sql("""
				select id from outbox_message
				where status = 'PENDING' and next_attempt_at <= ? and (leased_until is null or leased_until < ?)
				order by next_attempt_at, id fetch first ? rows only""")
			.params(Timestamp.from(now), Timestamp.from(now), limit)
			.query(Long.class)
			.list();

	}

	/**
	 * Takes the message for delivery until the lease ends; false if another sender has
	 * it.
	 */
	boolean lease(long id, Instant now, Instant until) {
		return this.jdbc.sql("""
				update outbox_message set leased_until = ?
				where id = ? and status = 'PENDING' and (leased_until is null or leased_until < ?)""")
			.params(Timestamp.from(until), id, Timestamp.from(now))
			.update() == 1;
	}

	void sent(long id, Instant at) {
		this.jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, leased_until = null where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	/** Records a failed attempt: tried again at {@code next}, or failed for good. */
	void failed(long id, int attempts, Instant next, String error, boolean finalAttempt) {
		this.jdbc.sql("""
				update outbox_message set attempts = ?, next_attempt_at = ?, last_error = ?, status = ?,
				    leased_until = null
				where id = ?""")
			.params(attempts, Timestamp.from(next), error, (finalAttempt ? Status.FAILED : Status.PENDING).name(), id)
			.update();
	}

	/** Sends a failed message again, to a corrected address, as if new. */
	void redirect(long id, String recipient, Instant now) {
		this.jdbc.sql("""
				update outbox_message set recipient = ?, status = 'PENDING', attempts = 0, next_attempt_at = ?,
				    last_error = null, leased_until = null
				where id = ? and status = 'FAILED'""").params(recipient, Timestamp.from(now), id).update();
	}

	void close(long id) {
		this.jdbc.sql("update outbox_message set status = 'CLOSED' where id = ? and status = 'FAILED'")
			.param(id)
			.update();
	}

	Optional<OutboxMessage> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from outbox_message where id = ?")
			.param(id)
			.query(Outbox::map)
			.optional();
	}

	List<OutboxMessage> ofAgreement(long agreementId) {
		return this.jdbc.sql("select " + COLUMNS + " from outbox_message where agreement_id = ? order by id")
			.param(agreementId)
			.query(Outbox::map)
			.list();
	}

	private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
		String attachments = rs.getString("attachments");
		return new OutboxMessage(rs.getLong("id"), rs.getString("message_id"), rs.getObject("agreement_id", Long.class),
				MailPurpose.valueOf(rs.getString("purpose")), rs.getString("recipient"), rs.getString("language"),
				rs.getString("sender_name"), rs.getString("reply_to"), rs.getString("subject"), rs.getString("body"),
				attachments.isEmpty() ? List.of() : Arrays.stream(attachments.split(",")).map(Long::valueOf).toList(),
				rs.getString("link_id"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
