package org.taawun.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a campaign needs from the process engine: which agreements already evaluate a
 * year, the evaluation of the year started in an agreement's lifecycle, and the projects
 * the year delivered. The {@code workflow} feature implements it.
 */
public interface EvaluationProcess {

	/**
	 * The references of the agreements whose evaluation of the year is under way or done.
	 */
	Set<String> evaluating(int year);

	/**
	 * Starts the evaluation of the year in the agreement's lifecycle, its report due on
	 * the given day, in the caller's transaction.
	 * @return false when the lifecycle is not where an evaluation can start (not in
	 * force)
	 */
	boolean evaluate(String reference, int year, LocalDate due);

	/**
	 * The projects carried through their process and closed as delivered between the two
	 * instants: how many, by the reference of their agreement.
	 */
	Map<String, Integer> projectsDelivered(Instant from, Instant until);

}
