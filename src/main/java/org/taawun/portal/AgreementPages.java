package org.taawun.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.AgreementInForceException;
import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.AgreementNotInForceException;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.HistoricAgreements;
import org.taawun.agreement.InForceEvent;
import org.taawun.agreement.RecordedActivities;
import org.taawun.agreement.TimelineEntry;
import org.taawun.agreement.VisitRequest;
import org.taawun.agreement.WithdrawalRequest;
import org.taawun.agreement.Withdrawals;
import org.taawun.document.Documents;
import org.taawun.evaluation.ActionPlans;
import org.taawun.identity.Account;
import org.taawun.party.Jurisdiction;
import org.taawun.notification.PartnerAcceptances;
import org.taawun.notification.PartnerMessages;

/**
 * An agreement's page: its state, tasks, deadlines, visits and projects, documents,
 * messages and timeline; for its secretariat or executive while it is in force, a visit
 * to ask for.
 */
@Controller
class AgreementPages {

	private final Agreements agreements;

	private final Documents documents;

	private final PartnerMessages partnerMessages;

	private final MessageSource messages;

	private final Validator validator;

	private final RecordedActivities recordedActivities;

	private final HistoricAgreements historic;

	private final Withdrawals withdrawals;

	private final PartnerAcceptances acceptances;

	/** The currency a plan is first offered in: the authority's own. */
	private static final Map<Jurisdiction, String> CURRENCIES = Map.of(Jurisdiction.DZ, "DZD", Jurisdiction.TN, "TND",
			Jurisdiction.MA, "MAD");

	private final ActionPlans plans;

	private final Clock clock;

	AgreementPages(Agreements agreements, Documents documents, PartnerMessages partnerMessages, MessageSource messages,
			Validator validator, RecordedActivities recordedActivities, HistoricAgreements historic,
			Withdrawals withdrawals, PartnerAcceptances acceptances, ActionPlans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
		this.withdrawals = withdrawals;
		this.acceptances = acceptances;
		this.recordedActivities = recordedActivities;
		this.historic = historic;
		this.agreements = agreements;
		this.documents = documents;
		this.partnerMessages = partnerMessages;
		this.messages = messages;
		this.validator = validator;
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

	/**
	 * The executive withdraws a file not yet in force: its tasks close and the partner is
	 * told if it was written to. Without reasons, the page again with a message and what
	 * was typed.
	 */
	@PostMapping("/agreements/{id}/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal Account account, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		WithdrawalRequest request = new WithdrawalRequest(reason);
		String error = this.validator.validate(request)
			.stream()
			.map(ConstraintViolation::getMessage)
			.findFirst()
			.orElse(null);
		if (error != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("withdrawalTyped", reason);
			model.addAttribute("withdrawalError", error);
			return agreementPage(id, account, VisitForm.empty(), Map.of(), model);
		}
		try {
			this.withdrawals.withdraw(id, request, account);
			redirect.addFlashAttribute("notice", this.messages.getMessage("withdrawal.done", null, locale));
		}
		catch (AgreementInForceException ex) {
			// came into force since the page was shown
			redirect.addFlashAttribute("notice", this.messages.getMessage("withdrawal.too-late", null, locale));
		}
		return "redirect:/agreements/" + id;
	}

	String agreementPage(long id, Account account, VisitForm visit, Map<String, String> visitErrors, Model model) {
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
		model.addAttribute("recorded", this.recordedActivities.ofAgreement(id, account));
		model.addAttribute("provenance", this.historic.provenance(id, account).orElse(null));
		model.addAttribute("mayRequestVisit",
				this.agreements.mayStart(details.agreement(), InForceEvent.VISIT_REQUESTED, account));
		model.addAttribute("mayWithdraw", Withdrawals.mayWithdraw(details.agreement(), account));
		model.addAttribute("mayFollowUp", this.acceptances.mayFollowUp(details.agreement(), account));
		model.addAttribute("partnerActs", this.acceptances.acts(id, account));
		model.addAttribute("plans", this.plans.of(id, account));
		model.addAttribute("mayKeepPlan", this.plans.mayKeep(details.agreement(), account));
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", ActionPlanPages.PlanForm.forYear(LocalDate.now(this.clock).getYear(),
					CURRENCIES.get(details.agreement().jurisdiction())));
			model.addAttribute("planErrors", Map.of());
		}
		model.addAttribute("visit", visit);
		model.addAttribute("visitErrors", visitErrors);
		model.addAttribute("page", "register");
		return "portal/agreement";
	}

}
