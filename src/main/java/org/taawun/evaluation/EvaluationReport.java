package org.taawun.evaluation;

/**
 * The annual evaluation report of an agreement as its authority wrote it.
 *
 * @param year the year it reports on
 * @param difficulties may be null
 * @param nextYearPlan may be null
 */
public record EvaluationReport(long agreementId, int year, String achievements, String difficulties,
		String nextYearPlan) {
}
