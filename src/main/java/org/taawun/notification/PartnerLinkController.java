package org.taawun.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.document.Documents;
import org.taawun.identity.Account;
import org.taawun.notification.PartnerLinks.LinkState;
import org.taawun.notification.PartnerLinks.Opened;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The page a partner's link opens, without an account: in the partner's language, the
 * documents sent, and the one answer the link allows. A link that was used, has expired
 * or was altered opens a page that says so; nothing changes.
 */
@Controller
class PartnerLinkController {

	private final PartnerLinks links;

	private final PartnerMails mails;

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	private final Documents documents;

	private final MessageSource messages;

	PartnerLinkController(PartnerLinks links, PartnerMails mails, Agreements agreements, LocalAuthorities authorities,
			Documents documents, MessageSource messages) {
		this.links = links;
		this.mails = mails;
		this.agreements = agreements;
		this.authorities = authorities;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/partner/{token}")
	String open(@PathVariable String token, Model model, Locale browser,
			jakarta.servlet.http.HttpServletResponse response) {
		Opened opened = this.links.open(token);
		return page(token, opened, null, model, browser, response);
	}

	@PostMapping("/partner/{token}")
	String answer(@PathVariable String token, Model model, Locale browser,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			Opened answered = this.links.answer(token);
			return page(token, answered, null, model, browser, response);
		}
		catch (AnswerNotAwaitedException ex) {
			return page(token, this.links.open(token), "NOT_AWAITED", model, browser, response);
		}
	}

	/** A document the link shows, while the link has not expired. */
	@GetMapping("/partner/{token}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId) {
		Opened opened = this.links.open(token);
		if (opened.link() == null || opened.state() == LinkState.EXPIRED || opened.state() == LinkState.SUPERSEDED
				|| !opened.link().documents().contains(documentId)) {
			return ResponseEntity.notFound().build();
		}
		Documents.Pdf pdf = this.documents.pdf(documentId, Account.system()).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(this.mails.filename(pdf.document(), opened.link().language()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf.content());
	}

	private String page(String token, Opened opened, String problem, Model model, Locale browser,
			jakarta.servlet.http.HttpServletResponse response) {
		PartnerLink link = opened.link();
		Locale locale = (link != null) ? Locale.forLanguageTag(link.language())
				: PartnerMails.LANGUAGES.contains(browser.getLanguage()) ? browser : Locale.FRENCH;
		String state = (problem != null) ? problem : opened.state().name();
		response.setStatus(status(state).value());
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("rtl", "ar".equals(locale.getLanguage()));
		model.addAttribute("state", state);
		model.addAttribute("token", token);
		if (link == null) {
			model.addAttribute("notice", text("partner.page.INVALID", locale));
			return "partner/link";
		}
		Agreement agreement = this.agreements.visible(link.agreementId(), Account.system()).orElseThrow();
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		model.addAttribute("agreement", agreement);
		model.addAttribute("authority", authority);
		model.addAttribute("title", text("partner.page.title", locale, authority.name().fr()));
		model.addAttribute("documentsHeading", text("partner.page.documents", locale));
		model.addAttribute("documents", documents(link, token, locale));
		model.addAttribute("action", text("partner.page." + link.purpose() + ".action", locale));
		model.addAttribute("notice", switch (state) {
			case "OPEN" -> null;
			case "ANSWERED" -> text("partner.page." + link.purpose() + ".done", locale);
			case "USED" -> text("partner.page.USED", locale, this.mails.date(link.usedAt(), locale));
			case "EXPIRED" -> text("partner.page.EXPIRED", locale, this.mails.date(link.expiresAt(), locale));
			default -> text("partner.page." + state, locale);
		});
		return "partner/link";
	}

	private List<LinkedDocument> documents(PartnerLink link, String token, Locale locale) {
		return this.mails.issued(link.agreementId(), link.documents())
			.stream()
			.map((document) -> new LinkedDocument(text("mail.document." + document.kind(), locale), document.number(),
					"/partner/" + token + "/documents/" + document.id()))
			.toList();
	}

	private static HttpStatus status(String state) {
		return switch (state) {
			case "INVALID" -> HttpStatus.NOT_FOUND;
			case "EXPIRED", "SUPERSEDED" -> HttpStatus.GONE;
			case "NOT_AWAITED" -> HttpStatus.CONFLICT;
			default -> HttpStatus.OK;
		};
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A document on the page, named in the partner's language. */
	record LinkedDocument(String name, String number, String href) {
	}

}
