package org.taawun.law;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The law's arithmetic on a clock the test sets. */
class LegalCalendarTest {

	private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

	@Test
	void startsTheLegalDayAtMidnightInTheLegalZone() {
		// 23:30 in London on 31 December is already 1 January in Algiers (UTC+1)
		LegalCalendar calendar = calendarAt("2026-12-31T23:30:00Z");

		assertThat(calendar.today()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.startOf(LocalDate.of(2027, 1, 1))).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
	}

	@Test
	void countsDeadlinesInCalendarDaysAndMonths() {
		LegalCalendar calendar = calendarAt("2026-11-22T09:00:00Z");
		LocalDate session = LocalDate.of(2026, 11, 22);

		assertThat(calendar.after(session, Deadline.DEPOSIT_DEADLINE)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(calendar.after(LocalDate.of(2026, 12, 31), Deadline.FOREIGN_AFFAIRS_WINDOW))
			.isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(calendar.before(LocalDate.of(2034, 6, 1), Deadline.RENEWAL_NOTICE))
			.isEqualTo(LocalDate.of(2033, 12, 1));
	}

	@Test
	void duesTheAnnualEvaluationOnTheNextThirtyFirstOfMarch() {
		assertThat(calendarAt("2026-11-22T09:00:00Z").nextEvaluationDue()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(calendarAt("2027-02-01T09:00:00Z").nextEvaluationDue()).isEqualTo(LocalDate.of(2027, 3, 31));
		// a campaign's day unless the ministry sets another: whenever it is opened
		assertThat(calendarAt("2026-12-02T09:00:00Z").evaluationDue(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void keepsTheCouncilFromVotingInsideTheWindowOfArticle40() {
		Council council = new Council(calendarAt("2026-11-22T09:00:00Z"));
		LocalDate referral = LocalDate.of(2026, 9, 10);

		assertThat(council.tooEarly(referral, LocalDate.of(2026, 11, 9))).contains(LocalDate.of(2026, 11, 10));
		assertThat(council.tooEarly(referral, LocalDate.of(2026, 11, 10))).isEmpty();
		assertThat(Council.votesExceedMembers(20, 12, 6, 3)).isTrue();
		assertThat(Council.votesExceedMembers(21, 12, 6, 3)).isFalse();
	}

	@Test
	void renewsTacitlyForAsLongAgainAsTheAgreementLastRan() {
		assertThat(Renewal.tacitEnd(LocalDate.of(2029, 6, 1), LocalDate.of(2034, 6, 1)))
			.isEqualTo(LocalDate.of(2039, 6, 1));
	}

	private static LegalCalendar calendarAt(String instant) {
		Map<Deadline, Period> periods = new EnumMap<>(Deadline.class);
		for (Deadline deadline : Deadline.values()) {
			periods.put(deadline, Period.ofDays(30));
		}
		periods.put(Deadline.DEPOSIT_DEADLINE, Period.ofDays(8));
		periods.put(Deadline.FOREIGN_AFFAIRS_WINDOW, Period.ofMonths(2));
		periods.put(Deadline.RENEWAL_NOTICE, Period.ofMonths(6));
		return new LegalCalendar(new DeadlineSettings(periods, MonthDay.of(3, 31), ALGIERS),
				Clock.fixed(Instant.parse(instant), ALGIERS));
	}

}
