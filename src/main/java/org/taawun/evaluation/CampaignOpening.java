package org.taawun.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.taawun.party.Jurisdiction;

/**
 * A ministry opens the campaign of a year for its country.
 *
 * @param due the day the reports are due; when absent, the year's legal due day (31 March
 * of the next year by default)
 */
public record CampaignOpening(@NotNull(message = "{campaign.country.required}") Jurisdiction jurisdiction,
		@NotNull(message = "{campaign.year.required}") @Min(value = 2000, message = "{year.invalid}") @Max(value = 2200,
				message = "{year.invalid}") Integer year,
		LocalDate due) {
}
