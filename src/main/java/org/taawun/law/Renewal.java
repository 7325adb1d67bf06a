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

}
