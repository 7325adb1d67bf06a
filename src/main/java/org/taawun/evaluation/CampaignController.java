package org.taawun.evaluation;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.document.PdfDownload;
import org.taawun.identity.Account;

/**
 * The yearly evaluation campaigns over HTTP, for the ministries that keep their country's
 * inventory: open one, follow who reported, remind the others, read the reports side by
 * side, print the national report.
 */
@RestController
@RequestMapping("/api/campaigns")
@Validated
class CampaignController {

	private final Campaigns campaigns;

	private final CampaignFollowUp followUp;

	private final CampaignReports reports;

	private final CampaignResults results;

	private final CampaignStarts starts;

	CampaignController(Campaigns campaigns, CampaignStarts starts, CampaignFollowUp followUp, CampaignReports reports,
			CampaignResults results) {
		this.campaigns = campaigns;
		this.starts = starts;
		this.followUp = followUp;
		this.reports = reports;
		this.results = results;
	}

	@GetMapping
	@Operation(summary = "The campaigns of the countries whose inventory the caller reads, latest year first")
	List<Campaign> list(@AuthenticationPrincipal Account viewer) {
		return this.campaigns.seenBy(viewer);
	}

	@PostMapping
	@Operation(summary = "Opens a country's campaign for a year; the evaluations it asks start in the background")
	@ApiResponse(responseCode = "201", description = "Opened", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "A year not ended, a campaign already open, a due day refused")
	@ApiResponse(responseCode = "403", description = "Not the ministry that keeps the country's inventory")
	ResponseEntity<Campaigns.Opened> open(@Valid @RequestBody CampaignOpening opening,
			@AuthenticationPrincipal Account opener) {
		Campaigns.Opened opened = this.campaigns.open(opening, opener);
		return ResponseEntity.created(URI.create("/api/campaigns/" + opened.campaign().id())).body(opened);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A campaign, how far its evaluations have started, and where each authority stands, "
			+ "those still awaited first")
	@ApiResponse(responseCode = "200", description = "The campaign", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such campaign the caller may see")
	Progress progress(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		Campaign campaign = visible(id, viewer);
		return new Progress(campaign, this.starts.progress(id), this.followUp.progress(campaign));
	}

	/** A campaign, how far its evaluations have started, and its authorities. */
	record Progress(Campaign campaign, CampaignStarts.StartProgress evaluations, List<AuthorityProgress> authorities) {
	}

	@GetMapping("/{id}/reports")
	@Operation(summary = "The campaign's reports side by side, each with its plan and what was done")
	List<CampaignReports.Report> reports(@PathVariable long id,
			@RequestParam(required = false) @Size(max = 40, message = "{text.too-long}") String authority,
			@AuthenticationPrincipal Account viewer) {
		return this.reports.sideBySide(visible(id, viewer), authority);
	}

	@PostMapping("/{id}/reminders")
	@Operation(summary = "Reminds by mail the authorities whose reports are awaited, or only the one named")
	@ApiResponse(responseCode = "200", description = "The authorities reminded")
	List<String> remind(@PathVariable long id, @RequestBody(required = false) @Valid Reminder reminder,
			@AuthenticationPrincipal Account viewer) {
		String only = (reminder != null) ? reminder.authority() : null;
		return this.followUp.remind(visible(id, viewer), only, viewer)
			.stream()
			.map((authority) -> authority.code())
			.toList();
	}

	/** Whom to remind: one authority, or every one awaited when absent. */
	record Reminder(@Size(max = 40, message = "{text.too-long}") String authority) {
	}

	@GetMapping("/{id}/result.pdf")
	@Operation(summary = "The campaign's national report, Arabic and French")
	ResponseEntity<byte[]> result(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		Campaign campaign = visible(id, viewer);
		return PdfDownload.of(campaign.resultFilename(), this.results.pdf(campaign));
	}

	private Campaign visible(long id, Account viewer) {
		return this.campaigns.visible(id, viewer).orElseThrow(() -> new CampaignNotFoundException(id));
	}

}
