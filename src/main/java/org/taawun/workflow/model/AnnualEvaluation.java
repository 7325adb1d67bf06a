package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/annual-evaluation.bpmn} and its forms. Change both
 * together.
 */
public final class AnnualEvaluation {

	public static final String KEY = "AnnualEvaluation";

	public static final class Tasks {

		public static final String WRITE_EVALUATION_REPORT = "Task_WriteEvaluationReport";

		public static final String PRESENT_EVALUATION_TO_COUNCIL = "Task_PresentEvaluationToCouncil";

		private Tasks() {
		}

	}

	private AnnualEvaluation() {
	}

}
