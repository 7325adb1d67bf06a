package org.taawun.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * A new agreement: the draft's form, its errors next to their fields, the draft
 * registered once however often the form is posted.
 */
@Controller
class DraftPages {

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	private final MessageSource messages;

	private final Validator validator;

	private final KeptForms kept;

	DraftPages(Agreements agreements, LocalAuthorities authorities, MessageSource messages, Validator validator,
			KeptForms kept) {
		this.kept = kept;
		this.agreements = agreements;
		this.authorities = authorities;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping("/agreements/new")
	String newAgreement(@AuthenticationPrincipal Account account, HttpServletRequest request, Locale locale,
			Model model) {
		Optional<Map<String, String[]>> kept = this.kept.takeFor(request);
		kept.ifPresent((typed) -> model.addAttribute("notice", this.messages.getMessage("form.kept", null, locale)));
		return draftPage(kept.map(DraftForm::of).orElseGet(DraftForm::empty), Map.of(), account, model);
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
		Optional<Agreement> twin = form.confirmedAgain() ? Optional.empty()
				: this.agreements.draftedWith(form.requestKey(), account).isPresent() ? Optional.empty()
						: this.agreements.sameDraftedLately(draft, account);
		if (twin.isPresent()) {
			// the form sent again from the browser's history, with a key drawn anew: say
			// what exists, and draft a second only if asked
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("twin", twin.get());
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

}
