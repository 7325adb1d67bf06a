package org.taawun.portal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.notification.PaperMeans;
import org.taawun.notification.PartnerAcceptances;

/**
 * The secretariat follows up the partner's acceptance from the agreement's page: a new
 * link, or the acceptance made on paper with its scanned act. A refusal shows the page
 * again with a message by field and the date and means as typed (a browser never keeps a
 * chosen file).
 */
@Controller
class PartnerAcceptancePages {

	private final PartnerAcceptances acceptances;

	private final AgreementPages pages;

	private final MessageSource messages;

	PartnerAcceptancePages(PartnerAcceptances acceptances, AgreementPages pages, MessageSource messages) {
		this.acceptances = acceptances;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/partner-link")
	String resendLink(@PathVariable long id, @AuthenticationPrincipal Account account, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.acceptances.resendLink(id, account);
			redirect.addFlashAttribute("notice", text("paper.link-sent", locale));
		}
		catch (AnswerNotAwaitedException ex) {
			redirect.addFlashAttribute("notice", text("paper.not-awaited", locale));
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/partner-acts")
	String record(@PathVariable long id, @RequestParam(defaultValue = "") String acceptedOn,
			@RequestParam(defaultValue = "") String means, @RequestParam(required = false) MultipartFile scan,
			@AuthenticationPrincipal Account account, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate date = date(acceptedOn, errors, locale);
		PaperMeans how = means(means);
		try {
			if (errors.isEmpty()) {
				this.acceptances.recordOnPaper(id, new PartnerAcceptances.PaperAcceptance(date, how,
						(scan != null) ? scan.getOriginalFilename() : null, (scan != null) ? scan.getBytes() : null),
						account);
				redirect.addFlashAttribute("notice", text("paper.recorded", locale));
				return "redirect:/agreements/" + id;
			}
		}
		catch (InvalidSubmissionException ex) {
			ex.violations().forEach((violation) -> errors.putIfAbsent(violation.field(), violation.message()));
		}
		catch (AnswerNotAwaitedException ex) {
			redirect.addFlashAttribute("notice", text("paper.not-awaited", locale));
			return "redirect:/agreements/" + id;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("paperErrors", errors);
		model.addAttribute("paperTyped", Map.of("acceptedOn", acceptedOn, "means", means));
		return this.pages.agreementPage(id, account, VisitForm.empty(), Map.of(), model);
	}

	@GetMapping("/agreements/{id}/partner-acts/{actId}")
	ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long actId,
			@AuthenticationPrincipal Account account) {
		PartnerAcceptances.Scan scan = this.acceptances.scan(id, actId, account)
			.orElseThrow(() -> new AgreementNotFoundException(id));
		return scan.download();
	}

	/** The date as the date field sends it; a message when it is none. */
	private LocalDate date(String typed, Map<String, String> errors, Locale locale) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("acceptedOn", text("paper.accepted-on.invalid", locale));
			return null;
		}
	}

	private static PaperMeans means(String chosen) {
		for (PaperMeans means : PaperMeans.values()) {
			if (means.name().equals(chosen)) {
				return means;
			}
		}
		return null;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
