package org.taawun.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

import org.taawun.document.PdfDownload;
import org.taawun.evaluation.Campaign;
import org.taawun.evaluation.CampaignFollowUp;
import org.taawun.evaluation.CampaignOpening;
import org.taawun.evaluation.CampaignReports;
import org.taawun.evaluation.CampaignResults;
import org.taawun.evaluation.CampaignStarts;
import org.taawun.evaluation.Campaigns;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.party.Jurisdiction;

/**
 * The yearly evaluation campaigns, for the ministries that keep their country's
 * inventory: open the year's, follow who reported and who is late, remind them, read the
 * reports side by side and print the national report.
 */
@Controller
class CampaignPages {

	private final Campaigns campaigns;

	private final CampaignFollowUp followUp;

	private final CampaignReports reports;

	private final CampaignResults results;

	private final MessageSource messages;

	private final CampaignStarts starts;

	CampaignPages(Campaigns campaigns, CampaignStarts starts, CampaignFollowUp followUp, CampaignReports reports,
			CampaignResults results, MessageSource messages) {
		this.campaigns = campaigns;
		this.starts = starts;
		this.followUp = followUp;
		this.reports = reports;
		this.results = results;
		this.messages = messages;
	}

	@GetMapping("/campaigns")
	String campaigns(@AuthenticationPrincipal Account account, Model model) {
		return list(account, CampaignForm.empty(), Map.of(), model);
	}

	@PostMapping("/campaigns")
	String open(@ModelAttribute CampaignForm form, @AuthenticationPrincipal Account account,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Jurisdiction country = DraftForm.parse(Jurisdiction.class, form.country());
		if (country == null) {
			errors.put("country", text("campaign.country.required", locale));
		}
		Integer year = null;
		try {
			year = Integer.valueOf(form.year().strip());
		}
		catch (RuntimeException ex) {
			errors.put("year", text("campaign.year.required", locale));
		}
		LocalDate due = null;
		try {
			due = (form.due() == null || form.due().isBlank()) ? null : LocalDate.parse(form.due().strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("due", text("campaign.due.invalid", locale));
		}
		if (errors.isEmpty()) {
			try {
				Campaigns.Opened opened = this.campaigns.open(new CampaignOpening(country, year, due), account);
				redirect.addFlashAttribute("notice", counted("campaign.opened", locale,
						Integer.toString(opened.campaign().year()), opened.evaluationsToStart()));
				return "redirect:/campaigns/" + opened.campaign().id();
			}
			catch (InvalidSubmissionException ex) {
				ex.violations().forEach((violation) -> errors.put(violation.field(), violation.message()));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return list(account, form, errors, model);
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String authority,
			@AuthenticationPrincipal Account account, Locale locale, Model model) {
		Campaign campaign = visible(id, account);
		CampaignStarts.StartProgress starts = this.starts.progress(campaign.id());
		if (starts.running()) {
			model.addAttribute("starting", counted("campaign.starting", locale, starts.tried(), starts.toStart()));
		}
		String only = (authority == null || authority.isBlank()) ? null : RegisterPages.truncated(authority);
		model.addAttribute("campaign", campaign);
		model.addAttribute("progress", this.followUp.progress(campaign));
		model.addAttribute("reports", this.reports.sideBySide(campaign, only));
		model.addAttribute("reportLimit", CampaignReports.LIMIT);
		model.addAttribute("only", only);
		model.addAttribute("page", "campaigns");
		return "portal/campaign";
	}

	@PostMapping("/campaigns/{id}/reminders")
	String remind(@PathVariable long id, @RequestParam(required = false) String authority,
			@AuthenticationPrincipal Account account, Locale locale, RedirectAttributes redirect) {
		Campaign campaign = visible(id, account);
		int reminded = this.followUp
			.remind(campaign, (authority == null || authority.isBlank()) ? null : authority, account)
			.size();
		redirect.addFlashAttribute("notice", counted("campaign.reminded", locale, reminded));
		return "redirect:/campaigns/" + id;
	}

	@GetMapping("/campaigns/{id}/result.pdf")
	ResponseEntity<byte[]> result(@PathVariable long id, @AuthenticationPrincipal Account account) {
		Campaign campaign = visible(id, account);
		return PdfDownload.of(campaign.resultFilename(), this.results.pdf(campaign));
	}

	private String list(Account account, CampaignForm form, Map<String, String> errors, Model model) {
		List<Jurisdiction> countries = account.inventoryCountries().stream().sorted().toList();
		if (countries.isEmpty()) {
			throw new PageNotFoundException();
		}
		model.addAttribute("campaigns", this.campaigns.seenBy(account));
		model.addAttribute("countries", countries);
		model.addAttribute("form", form.country() == null && countries.size() == 1 ? form.in(countries.get(0)) : form);
		model.addAttribute("errors", errors);
		model.addAttribute("page", "campaigns");
		return "portal/campaigns";
	}

	private Campaign visible(long id, Account account) {
		return this.campaigns.visible(id, account).orElseThrow(PageNotFoundException::new);
	}

	/** A message that counts, in the plural forms of the reader's language (ICU). */
	private String counted(String key, Locale locale, Object... arguments) {
		String pattern = this.messages.getMessage(key, null, locale);
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The campaign form as typed. */
	record CampaignForm(String country, String year, String due) {

		static CampaignForm empty() {
			return new CampaignForm(null, null, null);
		}

		CampaignForm in(Jurisdiction only) {
			return new CampaignForm(only.name(), this.year, this.due);
		}

	}

}
