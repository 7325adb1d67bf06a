package org.taawun.notification;

import java.time.Instant;
import java.util.List;

/**
 * A mail, as the outbox keeps it.
 *
 * @param messageId the Message-ID header, the same on every delivery attempt
 * @param agreementId the agreement whose partner it goes to; null for mail to the staff
 * @param attachments ids of the issued documents attached
 * @param attempts delivery attempts that failed so far
 */
public record OutboxMessage(long id, String messageId, Long agreementId, MailPurpose purpose, String recipient,
		String language, String senderName, String replyTo, String subject, String body, List<Long> attachments,
		String linkId, Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant sentAt) {

	/** Where a message is in its delivery. */
	public enum Status {

		/** Waiting to be delivered, or to be tried again. */
		PENDING,
		/** Accepted by the mail server. */
		SENT,
		/**
		 * Refused or unreachable after every attempt; the secretariat was asked to check
		 * the address.
		 */
		FAILED,
		/**
		 * Replaced by a message to a corrected address, or given up by the secretariat.
		 */
		CLOSED

	}

}
