package org.taawun.law;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

/**
 * The legal calendar: the legal day (midnight in the configured zone starts it, by the
 * application's one clock), and the day each {@link Deadline} falls on.
 */
@Service
public class LegalCalendar {

	private final DeadlineSettings settings;

	private final Clock clock;

	LegalCalendar(DeadlineSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Today, in the legal zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), zone());
	}

	/** The day the deadline falls, counted from the given day. */
	public LocalDate after(LocalDate day, Deadline deadline) {
		return day.plus(this.settings.period(deadline));
	}

	/**
	 * The day the deadline falls before the given day (a renewal decided before the end).
	 */
	public LocalDate before(LocalDate day, Deadline deadline) {
		return day.minus(this.settings.period(deadline));
	}

	/** The moment a legal day starts. */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	/**
	 * The day the report on the year just ended is due: the next due day of the year (31
	 * March by default).
	 */
	public LocalDate nextEvaluationDue() {
		LocalDate today = today();
		LocalDate due = this.settings.evaluationDue().atYear(today.getYear());
		return due.isAfter(today) ? due : due.plusYears(1);
	}

	/**
	 * The day the report on the year is due unless the ministry sets another: its due day
	 * in the next year (31 March by default).
	 */
	public LocalDate evaluationDue(int year) {
		return this.settings.evaluationDue().atYear(year + 1);
	}

	/** The zone whose midnight starts a legal day. */
	public ZoneId zone() {
		return this.settings.zone();
	}

}
