package org.taawun.law;

import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal calendar as an installation sets it ({@code taawun.deadlines} in
 * {@code application.yml}): a length for every {@link Deadline}, the day the annual
 * evaluation is due, and the zone whose midnight starts a legal day.
 *
 * @param periods a length for each deadline, as an ISO-8601 period ({@code P8D},
 * {@code P2M})
 * @param evaluationDue the day of the year the annual evaluation report is due
 * ({@code --03-31})
 */
@ConfigurationProperties("taawun.deadlines")
public record DeadlineSettings(Map<Deadline, Period> periods, MonthDay evaluationDue, ZoneId zone) {

	public DeadlineSettings {
		periods = (periods != null) ? new EnumMap<>(periods) : new EnumMap<>(Deadline.class);
		Set<Deadline> missing = EnumSet.allOf(Deadline.class);
		missing.removeAll(periods.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("taawun.deadlines.periods has no length for " + missing);
		}
		if (evaluationDue == null || zone == null) {
			throw new IllegalStateException("taawun.deadlines needs evaluation-due and zone");
		}
	}

	public Period period(Deadline deadline) {
		return this.periods.get(deadline);
	}

}
