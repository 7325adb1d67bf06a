package org.taawun.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Turns the legal calendar into the dates the models need for due dates and timers. Dates
 * from forms arrive as ISO strings ({@code 2026-11-22}); a legal day starts at midnight
 * in the configured zone. "Now" is the engine's clock, so tests can move it.
 */
@Component("deadlines")
public class DeadlineCalendar {

	private final DeadlineSettings settings;

	DeadlineCalendar(DeadlineSettings settings) {
		this.settings = settings;
	}

	/** The day the deadline falls, counted from the given day. */
	public Date after(String isoDate, String deadline) {
		return startOf(LocalDate.parse(isoDate).plus(period(deadline)));
	}

	/**
	 * The day the deadline falls before the given day (a renewal decided before the end
	 * date).
	 */
	public Date before(String isoDate, String deadline) {
		return startOf(LocalDate.parse(isoDate).minus(period(deadline)));
	}

	/** The day the deadline falls, counted from today. */
	public Date fromToday(String deadline) {
		return after(today(), deadline);
	}

	/** Midnight starting the given day. */
	public Date on(String isoDate) {
		return startOf(LocalDate.parse(isoDate));
	}

	/**
	 * The day the report on the year just ended is due: the next due day of the year (31
	 * March by default), as an ISO string.
	 */
	public String nextEvaluationDue() {
		LocalDate today = todayDate();
		LocalDate due = this.settings.evaluationDue().atYear(today.getYear());
		return (due.isAfter(today) ? due : due.plusYears(1)).toString();
	}

	/**
	 * A timer cycle that fires every first of January from the next one on, when the year
	 * to evaluate has ended.
	 */
	public String everyYearFromNextJanuary() {
		LocalDate next = LocalDate.of(todayDate().getYear() + 1, 1, 1);
		return "R/" + next.atStartOfDay(zone()).toOffsetDateTime() + "/P1Y";
	}

	/** Today in the legal zone, by the engine's clock. */
	public String today() {
		return todayDate().toString();
	}

	private LocalDate todayDate() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone());
	}

	private Period period(String deadline) {
		return this.settings.period(Deadline.valueOf(deadline));
	}

	private Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(zone()).toInstant());
	}

	private ZoneId zone() {
		return this.settings.zone();
	}

}
