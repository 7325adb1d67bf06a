package org.taawun.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.Agreements;
import org.taawun.identity.Account;

/**
 * What the partner of an agreement was sent, for those who may see the agreement: the
 * text as mailed and where its delivery stands.
 */
@Service
public class PartnerMessages {

	private final Outbox outbox;

	private final Agreements agreements;

	private final MailServer server;

	private final MessageSource messages;

	PartnerMessages(Outbox outbox, Agreements agreements, MailServer server, MessageSource messages) {
		this.outbox = outbox;
		this.agreements = agreements;
		this.server = server;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<MessageView> of(long agreementId, Account viewer) {
		if (this.agreements.visible(agreementId, viewer).isEmpty()) {
			throw new AgreementNotFoundException(agreementId);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.outbox.ofAgreement(agreementId).stream().map((message) -> view(message, locale)).toList();
	}

	/** Whether Taawun ever wrote to the partner of the agreement. */
	public boolean partnerWrittenTo(long agreementId) {
		return !this.outbox.ofAgreement(agreementId).isEmpty();
	}

	private MessageView view(OutboxMessage message, Locale locale) {
		String note = switch (message.status()) {
			case PENDING -> this.server.sender().isPresent()
					? text((message.attempts() == 0) ? "message.note.queued" : "message.note.retrying", locale,
							message.attempts(), message.lastError())
					: text("message.note.no-server", locale);
			case SENT -> text("message.note.sent", locale);
			case FAILED -> text("message.note.failed", locale, message.attempts(), message.lastError());
			case CLOSED -> text("message.note.closed", locale);
		};
		return new MessageView(message.id(), message.messageId(), message.purpose(), message.recipient(),
				message.language(), message.subject(), message.body(),
				message.attachments().stream().map((id) -> "/api/documents/" + id).toList(), message.status(), note,
				message.attempts(), message.createdAt(), message.sentAt());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * A message to the partner.
	 *
	 * @param attachments where each attached PDF is downloaded
	 * @param note where its delivery stands, in the reader's language
	 */
	public record MessageView(long id, String messageId, MailPurpose purpose, String recipient, String language,
			String subject, String body, List<String> attachments, OutboxMessage.Status status, String note,
			int attempts, Instant createdAt, Instant sentAt) {
	}

}
