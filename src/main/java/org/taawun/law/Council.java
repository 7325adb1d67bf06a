package org.taawun.law;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What the law asks of a council's vote on a convention: votes that add up, and for a
 * Tunisian convention under article 40, no vote before the Ministry of Foreign Affairs
 * has had its window.
 */
@Service
public class Council {

	private final LegalCalendar calendar;

	Council(LegalCalendar calendar) {
		this.calendar = calendar;
	}

	/** Whether the votes cast outnumber the members present or represented. */
	public static boolean votesExceedMembers(int membersPresent, int votesFor, int votesAgainst, int abstentions) {
		return votesFor + votesAgainst + abstentions > membersPresent;
	}

	/**
	 * Article 40: the first day the council may vote, two calendar months (a setting)
	 * after the final text was notified to the Ministry of Foreign Affairs; empty if the
	 * session falls on or after it.
	 */
	public Optional<LocalDate> tooEarly(LocalDate referral, LocalDate session) {
		LocalDate mayVoteFrom = this.calendar.after(referral, Deadline.FOREIGN_AFFAIRS_WINDOW);
		return session.isBefore(mayVoteFrom) ? Optional.of(mayVoteFrom) : Optional.empty();
	}

}
