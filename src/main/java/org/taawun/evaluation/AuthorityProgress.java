package org.taawun.evaluation;

import java.time.Instant;
import java.util.Comparator;

import org.taawun.party.LocalAuthority;

/**
 * Where an authority stands in a campaign.
 *
 * @param expected its agreements that report on the year: those in force, and those that
 * reported
 * @param reported how many reports it wrote
 * @param lastReport when it wrote its last, or null
 * @param lastReminder when the ministry last reminded it, or null
 */
public record AuthorityProgress(LocalAuthority authority, int expected, int reported, Instant lastReport,
		Instant lastReminder, Status status) {

	/** Late ones first, then awaited, then those that reported; by name in French. */
	static final Comparator<AuthorityProgress> AWAITED_FIRST = Comparator
		.comparing((AuthorityProgress progress) -> progress.status().ordinal())
		.thenComparing((progress) -> progress.authority().name().fr());

	/** Whether an authority has reported. */
	public enum Status {

		/** Some reports are missing and the due day has passed. */
		LATE,
		/** Some reports are missing; the due day has not passed. */
		AWAITED,
		/** Every report is written. */
		REPORTED

	}

}
