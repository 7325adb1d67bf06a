package org.taawun.workflow.steps;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import org.taawun.law.Deadline;
import org.taawun.law.LegalCalendar;

/**
 * The legal calendar as the models ask for it, for due dates and timers:
 * {@code ${deadlines.after(sessionDate, 'DEPOSIT_DEADLINE')}}. Dates from forms arrive as
 * ISO strings ({@code 2026-11-22}); the engine takes a {@link Date}. Public, because the
 * engine's expression language only calls public methods of public classes.
 */
@Component("deadlines")
public class DeadlineCalendar {

	private final LegalCalendar calendar;

	DeadlineCalendar(LegalCalendar calendar) {
		this.calendar = calendar;
	}

	/** The day the deadline falls, counted from the given day. */
	public Date after(String isoDate, String deadline) {
		return startOf(this.calendar.after(LocalDate.parse(isoDate), Deadline.valueOf(deadline)));
	}

	/**
	 * The day the deadline falls before the given day (a renewal decided before the end
	 * date).
	 */
	public Date before(String isoDate, String deadline) {
		return startOf(this.calendar.before(LocalDate.parse(isoDate), Deadline.valueOf(deadline)));
	}

	/** The day the deadline falls, counted from today. */
	public Date fromToday(String deadline) {
		return startOf(this.calendar.after(this.calendar.today(), Deadline.valueOf(deadline)));
	}

	/** Midnight starting the given day. */
	public Date on(String isoDate) {
		return startOf(LocalDate.parse(isoDate));
	}

	/**
	 * Midnight starting the given day, or no date when the process does not know the day
	 * (a visit asked through the engine's own API without its dates):
	 * {@code ${deadlines.onIfKnown(execution.getVariable('departureDate'))}}.
	 */
	public Date onIfKnown(Object isoDate) {
		return (isoDate instanceof String day && !day.isBlank()) ? on(day) : null;
	}

	/**
	 * The day the report on the year just ended is due, as an ISO string: the one a
	 * campaign handed the evaluation, else the next legal due day.
	 */
	public String evaluationDue(Object given) {
		return (given instanceof String day && !day.isBlank()) ? day : this.calendar.nextEvaluationDue().toString();
	}

	/**
	 * The year the report is on: the one a campaign handed the evaluation, else the year
	 * before the one the report is due in.
	 */
	public Integer evaluatedYear(Object given, String due) {
		return (given instanceof Integer year) ? year : LocalDate.parse(due).getYear() - 1;
	}

	/**
	 * A timer cycle that fires every first of January from the next one on, when the year
	 * to evaluate has ended.
	 */
	public String everyYearFromNextJanuary() {
		LocalDate next = LocalDate.of(this.calendar.today().getYear() + 1, 1, 1);
		return "R/" + next.atStartOfDay(this.calendar.zone()).toOffsetDateTime() + "/P1Y";
	}

	/** Today in the legal zone, as an ISO string. */
	public String today() {
		return this.calendar.today().toString();
	}

	private Date startOf(LocalDate day) {
		return Date.from(this.calendar.startOf(day));
	}

}
