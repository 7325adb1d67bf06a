package org.taawun.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.identity.Account;
import org.taawun.identity.People;
import org.taawun.identity.StaffMember;

/**
 * A person's own account: the address and language of the mail Taawun sends them about
 * their tasks, and whether it comes at once or as one digest a day.
 */
@Controller
class AccountPage {

	/**
	 * One @, something either side, no spaces: the server that receives decides the rest.
	 */
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final People people;

	private final MessageSource messages;

	AccountPage(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal Account account, Model model) {
		StaffMember member = this.people.member(account.userId()).orElseThrow();
		return page(model, member.email(), member.language(), member.dailyDigest(), Map.of());
	}

	@PostMapping("/account")
	String save(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String language,
			@RequestParam(defaultValue = "false") boolean dailyDigest, @AuthenticationPrincipal Account account,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		String address = email.strip();
		if (!address.isEmpty() && (address.length() > 254 || !ADDRESS.matcher(address).matches())) {
			errors.put("email", this.messages.getMessage("account.email.invalid", null, locale));
		}
		if (!StaffMember.LANGUAGES.contains(language)) {
			errors.put("language", this.messages.getMessage("account.language.required", null, locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, email, language, dailyDigest, errors);
		}
		this.people.update(account.userId(), address, language, dailyDigest);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/account";
	}

	private String page(Model model, String email, String language, boolean dailyDigest, Map<String, String> errors) {
		model.addAttribute("page", "account");
		model.addAttribute("email", email);
		model.addAttribute("language", language);
		model.addAttribute("dailyDigest", dailyDigest);
		model.addAttribute("languages", StaffMember.LANGUAGES);
		model.addAttribute("errors", errors);
		return "portal/account";
	}

}
