package org.taawun.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox after commit, a batch at a time: lease the messages, hand them to
 * the SMTP server over one connection, mark each sent. A failure is tried again later,
 * each wait twice the last; after the last attempt the secretariat is asked to check the
 * address. A sender that dies after the server accepted a message and before marking it
 * sent leaves it to be sent again when its lease ends, with the same Message-ID, which
 * mail clients show once.
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
		List<Long> due = this.outbox.due(this.clock.instant(), BATCH);
		while (!due.isEmpty()) {
			if (deliver(due, server.get()) == 0) {
				// nothing got through: the server is down or refuses; the next run tries
				// again
				return;
			}
			due = this.outbox.due(this.clock.instant(), BATCH);
		}
	}

	/**
	 * Delivers the messages no other sender holds, over one connection to the server: a
	 * connection per message would cost more than the message.
	 * @return how many the server accepted
	 */
	int deliver(List<Long> ids, JavaMailSender mail) {
		Map<MimeMessage, OutboxMessage> composed = new LinkedHashMap<>();
		for (long id : ids) {
			Instant now = this.clock.instant();
			if (this.outbox.lease(id, now, now.plus(this.settings.lease()))) {
				OutboxMessage message = this.outbox.find(id).orElseThrow();
				try {
					composed.put(this.composer.compose(message, mail.createMimeMessage()), message);
				}
				catch (MessagingException ex) {
					failed(message, ex);
				}
			}
		}
		if (composed.isEmpty()) {
			return 0;
		}
		Map<Object, Exception> refused = Map.of();
		try {
			mail.send(composed.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			refused = ex.getFailedMessages();
		}
		catch (MailException ex) {
			refused = new HashMap<>();
			for (MimeMessage mime : composed.keySet()) {
				refused.put(mime, ex);
			}
		}
		int sent = 0;
		for (Map.Entry<MimeMessage, OutboxMessage> entry : composed.entrySet()) {
			Exception refusal = refused.get(entry.getKey());
			if (refusal != null) {
				failed(entry.getValue(), refusal);
			}
			else {
				this.outbox.sent(entry.getValue().id(), this.clock.instant());
				sent++;
			}
		}
		return sent;
	}

	private void failed(OutboxMessage message, Exception ex) {
		int attempts = message.attempts() + 1;
		boolean last = attempts >= this.settings.maxAttempts();
		String error = Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName());
		error = error.length() > 900 ? error.substring(0, 900) : error;
		Instant next = this.clock.instant().plus(this.settings.backoff(attempts));
		this.outbox.failed(message.id(), attempts, next, error, last);
		if (last && message.purpose().toPartner()) {
			log.warn("Mail {} to {} failed {} times, the secretariat checks the address: {}", message.messageId(),
					message.recipient(), attempts, error);
			this.failures.report(message, error);
		}
		else if (last) {
			// the person still finds the task in their list; only their address needs
			// fixing
			log.warn("Mail {} to {} of the staff failed {} times: {}", message.messageId(), message.recipient(),
					attempts, error);
		}
		else {
			log.info("Mail {} to {} failed (attempt {}), tried again at {}: {}", message.messageId(),
					message.recipient(), attempts, next, error);
		}
	}

}
