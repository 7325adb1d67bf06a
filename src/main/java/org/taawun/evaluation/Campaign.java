package org.taawun.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.taawun.party.Jurisdiction;

/**
 * A country's yearly evaluation campaign: every agreement in force reports on the year by
 * the due day.
 *
 * @param year the year reported on
 * @param due the day the reports are due, in the next year
 */
public record Campaign(long id, Jurisdiction jurisdiction, int year, LocalDate due, String openedBy, Instant openedAt) {

	/** The name of the file its national report downloads as. */
	public String resultFilename() {
		return "campaign-" + this.jurisdiction + "-" + this.year + ".pdf";
	}

	/** Whether the due day has passed on the given day. */
	public boolean overdueOn(LocalDate day) {
		return day.isAfter(this.due);
	}

}
