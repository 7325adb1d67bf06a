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

	public static final class Vars {

		/** The day the report is due, ISO: the year it reports on is the one before. */
		public static final String EVALUATION_DUE = "evaluationDue";

		/** The year the report is on, an integer. */
		public static final String EVALUATED_YEAR = "evaluatedYear";

		public static final String LESSON_SHARED = "lessonShared";

		public static final String LESSON_FIELD = "lessonField";

		public static final String LESSON_WORKED = "lessonWorked";

		public static final String LESSON_DID_NOT_WORK = "lessonDidNotWork";

		public static final String LESSON_CONTACT = "lessonContact";

		public static final String LESSON_PUBLISHED = "lessonPublished";

		private Vars() {
		}

	}

	private AnnualEvaluation() {
	}

}
