package org.taawun.notification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.form.FormViolation;
import org.taawun.form.InvalidSubmissionException;

/**
 * Checks a partner's act received on paper before it is kept: a date neither to come nor
 * before the final text was sent, how it came, and a scan that is a PDF, JPEG or PNG by
 * its first bytes (not by its name), of 10 MB at most.
 */
@Component
class ScannedActs {

	private static final int LARGEST_SCAN = 10 * 1024 * 1024;

	private final PartnerLinks links;

	private final MessageSource messages;

	private final Clock clock;

	ScannedActs(PartnerLinks links, MessageSource messages, Clock clock) {
		this.links = links;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Refuses the acceptance unless its date, means and scan are given and hold.
	 * @return the scan's media type
	 * @throws InvalidSubmissionException with a message per refused field
	 */
	String refuseInvalid(Agreement agreement, PartnerAcceptances.PaperAcceptance paper) {
		String mediaType = mediaType(paper.scan());
		List<FormViolation> refused = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		if (paper.acceptedOn() == null) {
			refused.add(violation("acceptedOn", "paper.accepted-on.required"));
		}
		else if (paper.acceptedOn().isAfter(today)) {
			refused.add(violation("acceptedOn", "paper.accepted-on.future"));
		}
		else {
			this.links.of(agreement.id(), LinkPurpose.ACCEPT_TEXT)
				.stream()
				.findFirst()
				.map((link) -> link.createdAt().atZone(this.clock.getZone()).toLocalDate())
				.filter((sent) -> paper.acceptedOn().isBefore(sent))
				.ifPresent((sent) -> refused.add(violation("acceptedOn", "paper.accepted-on.before-text",
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
							.withLocale(LocaleContextHolder.getLocale())
							.format(sent))));
		}
		if (paper.means() == null) {
			refused.add(violation("means", "paper.means.required"));
		}
		if (paper.scan() == null || paper.scan().length == 0) {
			refused.add(violation("scan", "paper.scan.required"));
		}
		else if (paper.scan().length > LARGEST_SCAN) {
			refused.add(violation("scan", "paper.scan.too-large", LARGEST_SCAN / (1024 * 1024)));
		}
		else if (mediaType == null) {
			refused.add(violation("scan", "paper.scan.type"));
		}
		if (!refused.isEmpty()) {
			throw new InvalidSubmissionException(refused);
		}
		return mediaType;
	}

	private FormViolation violation(String field, String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return new FormViolation(field, this.messages.getMessage(key, arguments, locale));
	}

	/** The type the file's first bytes say, of those a scan comes in; null otherwise. */
	private static String mediaType(byte[] scan) {
		if (scan == null || scan.length < 4) {
			return null;
		}
		if (scan[0] == '%' && scan[1] == 'P' && scan[2] == 'D' && scan[3] == 'F') {
			return "application/pdf";
		}
		if ((scan[0] & 0xFF) == 0xFF && (scan[1] & 0xFF) == 0xD8 && (scan[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if ((scan[0] & 0xFF) == 0x89 && scan[1] == 'P' && scan[2] == 'N' && scan[3] == 'G') {
			return "image/png";
		}
		return null;
	}

	static String filename(String given) {
		String name = (given == null || given.isBlank()) ? "acte" : given.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
		return (name.length() > 150) ? name.substring(0, 150) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
