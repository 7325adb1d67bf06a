package org.taawun.notification;

import java.io.UnsupportedEncodingException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import org.taawun.document.Documents;
import org.taawun.identity.Account;

/**
 * Turns an outbox message into the MIME message the partner receives: plain text in their
 * language, the municipality as sender name and reply-to, the PDFs attached under names
 * in their language (non-ASCII names encoded per RFC 2231), and the Message-ID the outbox
 * fixed.
 */
@Component
class MailComposer {

	private final Documents documents;

	private final PartnerMails mails;

	private final MailSettings settings;

	MailComposer(Documents documents, PartnerMails mails, MailSettings settings) {
		this.documents = documents;
		this.mails = mails;
		this.settings = settings;
	}

	MimeMessage compose(OutboxMessage message, MimeMessage mime) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		try {
			helper.setFrom(this.settings.from(), message.senderName());
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is always supported", ex);
		}
		if (message.replyTo() != null) {
			helper.setReplyTo(message.replyTo());
		}
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		for (long id : message.attachments()) {
			Documents.Pdf pdf = this.documents.pdf(id, Account.system()).orElseThrow();
			helper.addAttachment(this.mails.filename(pdf.document(), message.language()),
					new ByteArrayResource(pdf.content()), "application/pdf");
		}
		mime.setHeader("Content-Language", message.language());
		// kept by the sender when it saves the message: the same id on every attempt
		mime.setHeader("Message-ID", message.messageId());
		return mime;
	}

}
