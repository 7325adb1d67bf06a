package org.taawun.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox after commit, a message at a time: lease it, hand it to the SMTP
 * server, mark it sent. A failure is tried again later, each wait twice the last; after
 * the last attempt the secretariat is asked to check the address. A sender that dies
 * after the server accepted a message and before marking it sent leaves it to be sent
 * again when its lease ends, with the same Message-ID, which mail clients show once.
 */
@Service
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 50;

	private final Outbox outbox;

	private final MailComposer composer;

	private final MailServer server;

	private final DeliveryFailures failures;

	private final MailSettings settings;

	private final Clock clock;

	MailDelivery(Outbox outbox, MailComposer composer, MailServer server, DeliveryFailures failures,
			MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.composer = composer;
		this.server = server;
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	/** Delivers what is due, until nothing is; does nothing without a mail server. */
	@Scheduled(fixedDelayString = "${taawun.mail.poll:PT2S}", initialDelayString = "${taawun.mail.poll:PT2S}")
	public void deliverDue() {
		Optional<JavaMailSender> server = this.server.sender();
		if (server.isEmpty()) {
			return;
		}
		JavaMailSender mail = server.get();
		List<Long> due = this.outbox.due(this.clock.instant(), BATCH);
		while (!due.isEmpty()) {
			long sent = due.stream().filter((id) -> deliver(id, mail)).count();
			if (sent == 0) {
				// nothing got through: the server is down or refuses; the next run tries
				// again
				return;
			}
			due = this.outbox.due(this.clock.instant(), BATCH);
		}
	}

	/**
	 * Delivers one message if no other sender holds it.
	 * @return whether the server accepted it
	 */
	boolean deliver(long id, JavaMailSender mail) {
		Instant now = this.clock.instant();
		if (!this.outbox.lease(id, now, now.plus(this.settings.lease()))) {
			return false;
		}
		OutboxMessage message = this.outbox.find(id).orElseThrow();
		try {
			MimeMessage mime = this.composer.compose(message, mail.createMimeMessage());
			mail.send(mime);
		}
		catch (MailException | MessagingException ex) {
			failed(message, ex);
			return false;
		}
		this.outbox.sent(message.id(), this.clock.instant());
		return true;
	}

	private void failed(OutboxMessage message, Exception ex) {
		int attempts = message.attempts() + 1;
		boolean last = attempts >= this.settings.maxAttempts();
		String error = Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName());
		error = error.length() > 900 ? error.substring(0, 900) : error;
		Instant next = this.clock.instant().plus(this.settings.backoff(attempts));
		this.outbox.failed(message.id(), attempts, next, error, last);
		if (last) {
			log.warn("Mail {} to {} failed {} times, the secretariat checks the address: {}", message.messageId(),
					message.recipient(), attempts, error);
			this.failures.report(message, error);
		}
		else {
			log.info("Mail {} to {} failed (attempt {}), tried again at {}: {}", message.messageId(),
					message.recipient(), attempts, next, error);
		}
	}

}
