package org.taawun.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.RecordedActivities;
import org.taawun.agreement.Register;
import org.taawun.identity.Account;
import org.taawun.party.CityNetwork;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.party.NetworkMembership;
import org.taawun.party.Networks;
import org.taawun.portfolio.Memberships;

/**
 * An authority's page: its agreements at a glance, its memberships of networks of cities
 * (kept there by its secretariat), its projects and visits outside any agreement, and its
 * register to print; and every membership the viewer sees, by network.
 */
@Controller
class AuthorityPages {

	private final LocalAuthorities authorities;

	private final Register register;

	private final Networks networks;

	private final Memberships memberships;

	private final RecordedActivities activities;

	private final MessageSource messages;

	AuthorityPages(LocalAuthorities authorities, Register register, Networks networks, Memberships memberships,
			RecordedActivities activities, MessageSource messages) {
		this.authorities = authorities;
		this.register = register;
		this.networks = networks;
		this.memberships = memberships;
		this.activities = activities;
		this.messages = messages;
	}

	@GetMapping("/authorities/{code}")
	String authority(@PathVariable String code, @AuthenticationPrincipal Account account, Model model) {
		return page(code, account, MembershipForm.empty(), Map.of(), model);
	}

	@PostMapping("/authorities/{code}/memberships")
	String addMembership(@PathVariable String code, @ModelAttribute MembershipForm form,
			@AuthenticationPrincipal Account account, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate since = date(form.since(), "since", errors, locale);
		LocalDate deliberationDate = date(form.deliberationDate(), "deliberationDate", errors, locale);
		Integer seats = null;
		try {
			seats = (form.seats() == null || form.seats().isBlank()) ? null : Integer.valueOf(form.seats().strip());
		}
		catch (NumberFormatException ex) {
			errors.put("seats", text("membership.seats.positive", locale));
		}
		if (errors.isEmpty()) {
			try {
				this.memberships.keep(new NetworkMembership(null, code, form.networkName(), since, form.role(), seats,
						form.notes(), form.deliberationReference(), deliberationDate), account);
				redirect.addFlashAttribute("notice", text("membership.kept", locale));
				return "redirect:/authorities/" + code;
			}
			catch (Memberships.MembershipRefusedException ex) {
				ex.refused().forEach((field, key) -> errors.put(field, text(key, locale)));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page(code, account, form, errors, model);
	}

	@PostMapping("/authorities/{code}/memberships/{id}/remove")
	String removeMembership(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal Account account,
			Locale locale, RedirectAttributes redirect) {
		this.memberships.remove(code, id, account);
		redirect.addFlashAttribute("notice", text("membership.removed", locale));
		return "redirect:/authorities/" + code;
	}

	/** Every membership the viewer sees, by network: nationally for a ministry. */
	@GetMapping("/networks")
	String networks(@AuthenticationPrincipal Account account, Model model) {
		Map<String, List<NetworkMembership>> byNetwork = this.memberships.seenBy(account);
		model.addAttribute("byNetwork", byNetwork);
		model.addAttribute("names", names(byNetwork));
		model.addAttribute("page", "dashboard");
		return "portal/networks";
	}

	private String page(String code, Account account, MembershipForm form, Map<String, String> errors, Model model) {
		LocalAuthority authority = this.authorities.find(code).orElseThrow(PageNotFoundException::new);
		List<Agreement> agreements = this.register.registerOf(code, account).orElseThrow(PageNotFoundException::new);
		model.addAttribute("authority", authority);
		model.addAttribute("agreements", agreements);
		model.addAttribute("memberships", this.networks.of(code));
		model.addAttribute("outside", this.activities.outsideAgreements(code, account));
		model.addAttribute("mayKeep", this.memberships.mayKeep(code, account));
		model.addAttribute("joinsByDeliberation",
				LegalBasis.current(authority.jurisdiction()).joinsNetworksByDeliberation());
		model.addAttribute("knownNetworks", CityNetwork.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("page", "register");
		return "portal/authority";
	}

	/** The authorities of the memberships, by code. */
	private Map<String, LocalAuthority> names(Map<String, List<NetworkMembership>> byNetwork) {
		return this.authorities.named(byNetwork.values()
			.stream()
			.flatMap(List::stream)
			.map(NetworkMembership::localAuthority)
			.collect(Collectors.toSet()));
	}

	/** A day as the form posts it; null when blank, and an error when it is not a day. */
	private LocalDate date(String typed, String field, Map<String, String> errors, Locale locale) {
		try {
			return (typed == null || typed.isBlank()) ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, text("membership.since.invalid", locale));
			return null;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * A membership as the form posts it, every field as typed.
	 *
	 * @param network a known network's code, or {@code OTHER} with its name in
	 * {@code otherNetwork}
	 */
	record MembershipForm(String network, String otherNetwork, String since, String role, String seats, String notes,
			String deliberationReference, String deliberationDate) {

		static MembershipForm empty() {
			return new MembershipForm("", "", "", "", "", "", "", "");
		}

		String networkName() {
			return "OTHER".equals(this.network) ? this.otherNetwork : this.network;
		}

	}

}
