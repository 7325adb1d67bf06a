package org.taawun.portal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.AgreementNotInForceException;
import org.taawun.agreement.AgreementQuery;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.InForceEvent;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.PageOf;
import org.taawun.agreement.TimelineEntry;
import org.taawun.agreement.VisitRequest;
import org.taawun.document.Documents;
import org.taawun.document.PdfDownload;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.notification.PartnerMessages;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The register and an agreement's page: draft a new one, search, export, open one with
 * its timeline, documents and messages.
 */
@Controller
class AgreementPages {

	static final int PAGE_SIZE = 25;

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	private final Documents documents;

	private final PartnerMessages partnerMessages;

	private final MessageSource messages;

	private final Validator validator;

	AgreementPages(Agreements agreements, LocalAuthorities authorities, Documents documents,
			PartnerMessages partnerMessages, MessageSource messages, Validator validator) {
		this.agreements = agreements;
		this.authorities = authorities;
		this.documents = documents;
		this.partnerMessages = partnerMessages;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping("/agreements/new")
	String newAgreement(@AuthenticationPrincipal Account account, Model model) {
		return draftPage(DraftForm.empty(), Map.of(), account, model);
	}

	@PostMapping("/agreements")
	String draft(@ModelAttribute DraftForm form, @AuthenticationPrincipal Account account, HttpServletResponse response,
			Locale locale, Model model, RedirectAttributes redirect) {
		Optional<LocalAuthority> authority = Optional.ofNullable(form.localAuthority())
			.filter(draftingFor(account)::contains)
			.flatMap(this.authorities::find);
		DraftAgreement draft = form.toDraft(authority.orElse(null));
		Map<String, String> errors = errors(this.validator.validate(draft));
		if (authority.isEmpty()) {
			// the jurisdiction comes from the authority: the authority is what to correct
			errors.put("localAuthority", this.messages.getMessage("localAuthority.required", null, locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return draftPage(form, errors, account, model);
		}
		Agreement agreement;
		try {
			agreement = this.agreements.draftOnce(draft, account, form.requestKey()).agreement();
		}
		catch (DuplicateKeyException ex) {
			agreement = this.agreements.draftedWith(form.requestKey(), account).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute("created", agreement.reference());
		return "redirect:/agreements/" + agreement.id();
	}

	@GetMapping("/agreements")
	String register(@RequestParam Map<String, String> filters, @AuthenticationPrincipal Account account, Model model) {
		AgreementQuery query = query(filters, PAGE_SIZE);
		PageOf<Agreement> found = this.agreements.search(query, account);
		model.addAttribute("found", found);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("filters", filters);
		model.addAttribute("states", AgreementState.values());
		model.addAttribute("fieldChoices", CooperationField.values());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("ownAuthorities", account.authorities().stream().sorted().toList());
		model.addAttribute("page", "register");
		return "portal/register";
	}

	/**
	 * The register as filtered, every page of it, for a spreadsheet: UTF-8 with a byte
	 * order mark, so Arabic titles open as Arabic.
	 */
	@GetMapping("/agreements.csv")
	ResponseEntity<byte[]> csv(@RequestParam Map<String, String> filters, @AuthenticationPrincipal Account account) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		RegisterCsv.header(csv);
		AgreementQuery query = query(filters, 500).page(0);
		PageOf<Agreement> page;
		do {
			page = this.agreements.search(query, account);
			page.items().forEach((agreement) -> RegisterCsv.row(csv, agreement));
			query = query.page(query.page() + 1);
		}
		while ((long) query.page() * query.size() < page.total());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registre-conventions.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/agreements/{id}")
	String agreement(@PathVariable long id, @AuthenticationPrincipal Account account, Model model) {
		return agreementPage(id, account, VisitForm.empty(), Map.of(), model);
	}

	/**
	 * Asks for a visit of an agreement in force: the executive then approves it, and the
	 * mission order follows.
	 */
	@PostMapping("/agreements/{id}/visits")
	String requestVisit(@PathVariable long id, @ModelAttribute VisitForm form, @AuthenticationPrincipal Account account,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		VisitRequest visit = form.toRequest();
		Map<String, String> errors = new LinkedHashMap<>();
		this.validator.validate(visit)
			.forEach((violation) -> errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
		if (visit.direction() == null) {
			errors.put("direction", this.messages.getMessage("visit.direction.choose", null, locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return agreementPage(id, account, form, errors, model);
		}
		try {
			this.agreements.request(id, visit, account);
			redirect.addFlashAttribute("notice", this.messages.getMessage("visit.requested", null, locale));
		}
		catch (AgreementNotInForceException ex) {
			// suspended or ended since the page was shown
			redirect.addFlashAttribute("notice", this.messages.getMessage("visit.not-in-force", null, locale));
		}
		return "redirect:/agreements/" + id;
	}

	private String agreementPage(long id, Account account, VisitForm visit, Map<String, String> visitErrors,
			Model model) {
		Agreements.AgreementDetails details = this.agreements.details(id, account)
			.orElseThrow(() -> new AgreementNotFoundException(id));
		model.addAttribute("details", details);
		model.addAttribute("a", details.agreement());
		model.addAttribute("documents", this.documents.of(id, account));
		model.addAttribute("messages", this.partnerMessages.of(id, account));
		model.addAttribute("activities",
				details.timeline()
					.stream()
					.filter((entry) -> entry.kind() == TimelineEntry.Kind.ACTIVITY_STARTED)
					.toList());
		model.addAttribute("deadlines",
				details.openTasks()
					.stream()
					.filter((task) -> task.due() != null)
					.sorted((x, y) -> x.due().compareTo(y.due()))
					.toList());
		model.addAttribute("mayRequestVisit",
				this.agreements.mayStart(details.agreement(), InForceEvent.VISIT_REQUESTED, account));
		model.addAttribute("visit", visit);
		model.addAttribute("visitErrors", visitErrors);
		model.addAttribute("page", "register");
		return "portal/agreement";
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal Account account) {
		Documents.Pdf pdf = this.documents.pdf(id, account).orElseThrow(() -> new PageNotFoundException());
		return PdfDownload.of(pdf.document().filename(), pdf.content());
	}

	@GetMapping("/authorities/{code}/register.pdf")
	ResponseEntity<byte[]> registerPdf(@PathVariable String code, @AuthenticationPrincipal Account account) {
		return PdfDownload.of("register-" + code + ".pdf",
				this.documents.register(code, account).orElseThrow(() -> new PageNotFoundException()));
	}

	private String draftPage(DraftForm form, Map<String, String> errors, Account account, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("ownAuthorities",
				draftingFor(account).stream().sorted().map(this.authorities::find).flatMap(Optional::stream).toList());
		model.addAttribute("instruments",
				Arrays.stream(Instrument.values()).filter((i) -> i != Instrument.AMENDMENT).toList());
		model.addAttribute("fieldChoices", CooperationField.values());
		model.addAttribute("page", "new");
		return "portal/new-agreement";
	}

	/**
	 * The authorities whose secretariat the account works in: it drafts their agreements.
	 */
	static List<String> draftingFor(Account account) {
		return account.authorities().stream().filter((code) -> account.has(Role.SECRETARIAT, code)).sorted().toList();
	}

	/**
	 * The refused fields by the name of their input, with the code of their message or
	 * the message itself.
	 */
	private static Map<String, String> errors(Set<ConstraintViolation<DraftAgreement>> violations) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<DraftAgreement> violation : violations) {
			errors.merge(input(violation.getPropertyPath().toString()), violation.getMessage(), (a, b) -> a);
		}
		return errors;
	}

	/**
	 * {@code partner.email} is posted as {@code partnerEmail}; the jurisdiction comes
	 * from the authority.
	 */
	private static String input(String path) {
		String property = path.replaceAll("[\\[<].*$", "");
		if (property.startsWith("partner.")) {
			String name = property.substring("partner.".length());
			return "partner" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		return property.equals("jurisdiction") || property.isEmpty() ? "localAuthority" : property;
	}

	private static AgreementQuery query(Map<String, String> filters, int size) {
		int page = 0;
		try {
			page = Math.min(AgreementQuery.LAST_PAGE, Math.max(0, Integer.parseInt(filters.getOrDefault("page", "0"))));
		}
		catch (NumberFormatException ex) {
			// a page number that is not one shows the first page
		}
		return new AgreementQuery(DraftForm.parse(AgreementState.class, filters.get("state")),
				blankToNull(filters.get("authority")), blankToNull(filters.get("country")),
				DraftForm.parse(Jurisdiction.class, filters.get("jurisdiction")),
				DraftForm.parse(CooperationField.class, filters.get("field")), truncated(filters.get("q")), page, size);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String truncated(String text) {
		return (text == null) ? null : text.substring(0, Math.min(text.length(), 200));
	}

}
