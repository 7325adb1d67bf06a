package org.taawun.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of {@code taawun.mail.host} ({@code MAIL_HOST}, {@code MAIL_PORT},
 * {@code MAIL_USERNAME}, {@code MAIL_PASSWORD}); none when the host is not set, and then
 * mail waits in the outbox.
 */
@Component
class MailServer {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final JavaMailSender sender;

	MailServer(MailSettings settings) {
		this.sender = settings.serverConfigured() ? connect(settings) : null;
	}

	Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender);
	}

	private static JavaMailSender connect(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setUsername(blankToNull(settings.username()));
		sender.setPassword(blankToNull(settings.password()));
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.auth", String.valueOf(blankToNull(settings.username()) != null));
		properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
		// a server that hangs must not hold the sender: the message is tried again later
		properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
		properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
		properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
		return sender;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
