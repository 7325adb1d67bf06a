package org.taawun.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.AgreementSteps;
import org.taawun.document.DocumentIssued;
import org.taawun.document.Documents;
import org.taawun.document.IssuedDocument;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * Writes the partner's mail when a document they receive is issued, in the same
 * transaction: the document and its mail are kept together or not at all. A partner who
 * has not answered a link is reminded once.
 */
@Service
public class PartnerMails {

	private static final Logger log = LoggerFactory.getLogger(PartnerMails.class);

	/** The languages partner mail is written in; others read French. */
	static final Set<String> LANGUAGES = Set.of("fr", "en", "tr", "ar");

	private final Outbox outbox;

	private final PartnerLinks links;

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final LocalAuthorities authorities;

	private final Documents documents;

	private final MessageSource messages;

	private final MailSettings settings;

	private final Clock clock;

	PartnerMails(Outbox outbox, PartnerLinks links, Agreements agreements, AgreementSteps steps,
			LocalAuthorities authorities, Documents documents, MessageSource messages, MailSettings settings,
			Clock clock) {
		this.outbox = outbox;
		this.links = links;
		this.agreements = agreements;
		this.steps = steps;
		this.authorities = authorities;
		this.documents = documents;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(DocumentIssued issued) {
		IssuedDocument document = issued.document();
		MailPurpose.sending(document.kind()).ifPresent((purpose) -> write(purpose, document));
	}

	private void write(MailPurpose purpose, IssuedDocument document) {
		Agreement agreement = this.agreements.visible(document.agreementId(), Account.system()).orElseThrow();
		if (!agreement.partner().hasEmail()) {
			// a record brought in from a portfolio without an address: its page says so
			log.info("No mail for {} of {}: the partner has no address", document.number(), agreement.reference());
			return;
		}
		List<Long> attached = new ArrayList<>(List.of(document.id()));
		var latest = this.documents.latestOf(agreement.id(), Account.system());
		purpose.alsoAttached()
			.stream()
			.filter(latest::containsKey)
			.forEach((kind) -> attached.add(latest.get(kind).id()));
		PartnerLink link = this.links.create(agreement.id(), purpose.link(), language(agreement), attached);
		Locale locale = Locale.forLanguageTag(link.language());
		write("document-" + document.id(), purpose, agreement, link, text("mail.body." + purpose, locale));
	}

	/**
	 * Mails the partner a new link in place of the last one, with the same documents, in
	 * its language; the caller has killed the old one.
	 */
	void resend(Agreement agreement, PartnerLink last) {
		IssuedDocument first = issued(agreement.id(), last.documents()).get(0);
		MailPurpose purpose = MailPurpose.sending(first.kind()).orElseThrow();
		PartnerLink link = this.links.create(agreement.id(), last.purpose(), last.language(), last.documents());
		Locale locale = Locale.forLanguageTag(link.language());
		write("resent-" + link.id(), purpose, agreement, link, text("mail.body." + purpose, locale) + "\n\n"
				+ text("mail.resent", locale, date(last.createdAt(), locale)));
	}

	/**
	 * Reminds, once, the partners who have not answered a link within the configured
	 * time; runs on every node, each reminder written once.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	@Transactional
	public void remindSilentPartners() {
		Instant before = this.clock.instant().minus(this.settings.reminderAfter());
		for (PartnerLink link : this.links.unansweredSince(before)) {
			Agreement agreement = this.agreements.visible(link.agreementId(), Account.system()).orElseThrow();
			Locale locale = Locale.forLanguageTag(link.language());
			write("reminder-" + link.id(), MailPurpose.REMINDER, agreement, link,
					text("mail.body.REMINDER", locale, date(link.createdAt(), locale)));
			this.links.reminded(link.id());
			log.info("Reminded the partner of agreement {} of its link of {}", agreement.reference(), link.createdAt());
		}
	}

	/**
	 * Writes a mail around what it says: greeting, the documents the link shows, the
	 * link, and the municipality's closing, in the link's language.
	 */
	private void write(String dedupKey, MailPurpose purpose, Agreement agreement, PartnerLink link, String says) {
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		Locale locale = Locale.forLanguageTag(link.language());
		String subject = "%s – %s (%s) | %s".formatted(text("mail.subject." + purpose, locale), agreement.titles().fr(),
				agreement.reference(), agreement.titles().ar());
		String body = String.join("\n\n", text("mail.greeting", locale), says,
				attachmentList(agreement.id(), link.documents(), locale), linkParagraph(link, locale),
				text("mail.closing", locale) + "\n" + authority.name().fr() + "\n" + authority.name().ar());
		Instant now = this.clock.instant();
		OutboxMessage message = new OutboxMessage(0, this.settings.newMessageId(), agreement.id(), purpose,
				agreement.partner().email(), link.language(), authority.name().fr() + " – " + authority.name().ar(),
				authority.email(), subject, body, link.documents(), link.id(), OutboxMessage.Status.PENDING, 0, now,
				null, now, null);
		this.outbox.write(dedupKey, message);
	}

	/**
	 * Sends a mail that failed for good again, to the address the secretariat corrected;
	 * the agreement keeps the new address for its next mail.
	 */
	@Transactional
	public void sendAgain(long messageId, String address, String actor) {
		OutboxMessage message = this.outbox.find(messageId).orElseThrow();
		this.steps.correctPartnerEmail(message.agreementId(), address, actor);
		this.outbox.redirect(messageId, address, this.clock.instant());
	}

	/**
	 * Closes a mail that failed for good: the secretariat reaches the partner otherwise.
	 */
	@Transactional
	public void giveUp(long messageId) {
		this.outbox.close(messageId);
	}

	private String attachmentList(long agreementId, List<Long> attached, Locale locale) {
		StringBuilder list = new StringBuilder(text("mail.attachments", locale));
		for (IssuedDocument document : issued(agreementId, attached)) {
			list.append("\n- ")
				.append(text("mail.document." + document.kind(), locale))
				.append(" (")
				.append(document.number())
				.append(")");
		}
		return list.toString();
	}

	/**
	 * The documents of the agreement with those ids, in their order; without their bytes.
	 */
	List<IssuedDocument> issued(long agreementId, List<Long> ids) {
		List<IssuedDocument> all = this.documents.of(agreementId, Account.system());
		return ids.stream().flatMap((id) -> all.stream().filter((document) -> document.id() == id)).toList();
	}

	private String linkParagraph(PartnerLink link, Locale locale) {
		return text("mail.link." + link.purpose(), locale) + "\n" + this.links.url(link) + "\n"
				+ text("mail.link.expires", locale, date(link.expiresAt(), locale));
	}

	/**
	 * The attachment's file name: what it is in the partner's language, and its number.
	 */
	String filename(IssuedDocument document, String language) {
		return text("mail.document." + document.kind(), Locale.forLanguageTag(language)) + " "
				+ document.number().replace('/', '_') + ".pdf";
	}

	/** A day as the partner's language writes it. */
	String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(instant.atZone(this.clock.getZone()));
	}

	private static String language(Agreement agreement) {
		String language = agreement.partner().language();
		return LANGUAGES.contains(language) ? language : "fr";
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
