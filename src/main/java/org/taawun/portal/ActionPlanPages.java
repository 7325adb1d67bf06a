package org.taawun.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.evaluation.ActionPlan;
import org.taawun.evaluation.ActionPlans;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;

/**
 * The secretariat keeps the year's action plan of an agreement in force as its joint
 * committee adopted it; a plan refused comes back on the agreement's page with a message
 * by field and what was typed.
 */
@Controller
class ActionPlanPages {

	private final ActionPlans plans;

	private final AgreementPages agreementPages;

	private final Validator validator;

	private final MessageSource messages;

	ActionPlanPages(ActionPlans plans, AgreementPages agreementPages, Validator validator, MessageSource messages) {
		this.plans = plans;
		this.agreementPages = agreementPages;
		this.validator = validator;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/action-plans")
	String keep(@PathVariable long id, @ModelAttribute PlanForm form, @AuthenticationPrincipal Account account,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer year = number(form.year(), "year", "plan.year.invalid", errors, locale);
		LocalDate adoptedOn = null;
		try {
			adoptedOn = blank(form.adoptedOn()) ? null : LocalDate.parse(form.adoptedOn().strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("adoptedOn", text("plan.adopted-on.required", locale));
		}
		BigDecimal budget = null;
		try {
			budget = blank(form.budget()) ? null
					: new BigDecimal(form.budget().strip().replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put("budget", text("plan.budget.invalid", locale));
		}
		ActionPlan plan = new ActionPlan(adoptedOn,
				number(form.plannedVisits(), "plannedVisits", "plan.count.invalid", errors, locale),
				number(form.plannedProjects(), "plannedProjects", "plan.count.invalid", errors, locale), budget,
				blank(form.budgetCurrency()) ? null : form.budgetCurrency().strip().toUpperCase(Locale.ROOT),
				form.paidBy(), blank(form.activities()) ? null : form.activities());
		this.validator.validate(plan)
			.forEach((violation) -> errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
		if (errors.isEmpty()) {
			try {
				this.plans.keep(id, year, plan, account);
				redirect.addFlashAttribute("notice",
						this.messages.getMessage("plan.kept", new Object[] { Integer.toString(year) }, locale));
				return "redirect:/agreements/" + id + "#plans-title";
			}
			catch (InvalidSubmissionException ex) {
				ex.violations().forEach((violation) -> errors.put(violation.field(), violation.message()));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("planForm", form);
		model.addAttribute("planErrors", errors);
		return this.agreementPages.agreementPage(id, account, VisitForm.empty(), Map.of(), model);
	}

	private Integer number(String typed, String field, String key, Map<String, String> errors, Locale locale) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, text(key, locale));
			return null;
		}
	}

	private static boolean blank(String typed) {
		return typed == null || typed.isBlank();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The action plan form as typed. */
	record PlanForm(String year, String adoptedOn, String plannedVisits, String plannedProjects, String budget,
			String budgetCurrency, String paidBy, String activities) {

		static PlanForm forYear(int year, String currency) {
			return new PlanForm(Integer.toString(year), null, null, null, null, currency, null, null);
		}

	}

}
