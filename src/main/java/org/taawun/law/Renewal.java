package org.taawun.law;

import java.time.LocalDate;

/** How an agreement's term runs on when it renews. */
public final class Renewal {

	private Renewal() {
	}

	/**
	 * The end date passed with no decision and the agreement renews itself: for as long
	 * again as it last ran.
	 */
	public static LocalDate tacitEnd(LocalDate lastStart, LocalDate lastEnd) {
		return lastEnd.plusDays(lastEnd.toEpochDay() - lastStart.toEpochDay());
	}

	/**
	 * The term an agreement that renews tacitly runs in today: its first term, renewed
	 * for as long again as many times as its end passed.
	 */
	public static Term currentTerm(LocalDate start, LocalDate end, LocalDate today) {
		LocalDate termStart = start;
		LocalDate termEnd = end;
		while (!termEnd.isAfter(today)) {
			LocalDate next = tacitEnd(termStart, termEnd);
			termStart = termEnd;
			termEnd = next;
		}
		return new Term(termStart, termEnd);
	}

	/** A term of an agreement: from its first day to its end. */
	public record Term(LocalDate start, LocalDate end) {
	}

}
