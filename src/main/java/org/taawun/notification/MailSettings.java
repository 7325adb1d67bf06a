package org.taawun.notification;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent ({@code taawun.mail.*}).
 *
 * @param host the SMTP server; none set, messages stay in the outbox, readable, not sent
 * @param from the address messages are sent from; the municipality is its display name
 * and the reply-to
 * @param publicUrl where partners open their links: the address of this installation as
 * the internet sees it
 * @param maxAttempts deliveries tried before the secretariat is asked to check the
 * address
 * @param firstRetry the wait after a first failure; it doubles with each further one
 * @param lease how long a sender holds a message; after a crash another sender takes it
 * over when the lease ends
 * @param linkValidity how long a partner's link works
 * @param reminderAfter a partner who has not answered is reminded once after this
 * @param linkSecret the key that signs links; when empty the installation makes one and
 * keeps it in its database
 */
@ConfigurationProperties("taawun.mail")
public record MailSettings(String host, @DefaultValue("25") int port, String username, String password,
		@DefaultValue("false") boolean starttls, @DefaultValue("taawun@localhost") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("P30D") Duration linkValidity, @DefaultValue("P14D") Duration reminderAfter, String linkSecret) {

	boolean serverConfigured() {
		return this.host != null && !this.host.isBlank();
	}

	/**
	 * A Message-ID of its own, fixed when a message is written: every delivery attempt
	 * carries it.
	 */
	String newMessageId() {
		return "<" + UUID.randomUUID() + "@" + this.from.substring(this.from.indexOf('@') + 1) + ">";
	}

	/** The wait before the next delivery after the given number of failed attempts. */
	Duration backoff(int failedAttempts) {
		return this.firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 16));
	}

}
