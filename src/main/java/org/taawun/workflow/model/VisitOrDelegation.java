package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/visit.bpmn} and its forms. Change both together.
 */
public final class VisitOrDelegation {

	public static final String KEY = "VisitOrDelegation";

	public static final class Tasks {

		public static final String APPROVE_VISIT = "Task_ApproveVisit";

		public static final String ISSUE_MISSION_ORDER = "Task_IssueMissionOrder";

		public static final String WRITE_MISSION_REPORT = "Task_WriteMissionReport";

		private Tasks() {
		}

	}

	/** What a visit request carries. */
	public static final class Vars {

		public static final String DIRECTION = "visitDirection";

		public static final String PURPOSE = "visitPurpose";

		public static final String DEPARTURE_DATE = "departureDate";

		public static final String RETURN_DATE = "returnDate";

		private Vars() {
		}

	}

	private VisitOrDelegation() {
	}

}
