package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/approval-ma.bpmn} and its forms. Change both together.
 */
public final class ApprovalMa {

	public static final String KEY = "ApprovalMa";

	public static final class Tasks {

		public static final String RECORD_DELIBERATION = "Task_RecordDeliberation";

		public static final String SEND_TO_GOVERNOR = "Task_SendToGovernor";

		public static final String GIVE_GOVERNOR_VISA = "Task_GiveGovernorVisa";

		public static final String APPROVE_AT_MINISTRY = "Task_ApproveAtMinistry";

		private Tasks() {
		}

	}

	public static final class Vars {

		/**
		 * Whether the agreement brings funding from abroad: the Ministry then approves.
		 */
		public static final String FOREIGN_FUNDING = "foreignFunding";

		/** The governor's answer: {@code VISA} or {@code REFUSE}. */
		public static final String GOVERNOR_DECISION = "governorDecision";

		/** The Ministry's answer: {@code APPROVE} or {@code REFUSE}. */
		public static final String MINISTRY_DECISION_MA = "ministryDecisionMa";

		private Vars() {
		}

	}

	private ApprovalMa() {
	}

}
