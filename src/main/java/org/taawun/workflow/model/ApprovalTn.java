package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/approval-tn.bpmn} and its forms. Change both together.
 */
public final class ApprovalTn {

	public static final String KEY = "ApprovalTn";

	public static final class Tasks {

		public static final String CONSULT_FOREIGN_AFFAIRS = "Task_ConsultForeignAffairs";

		public static final String REFER_FINAL_TEXT = "Task_ReferFinalText";

		public static final String REVIEW_FINAL_TEXT = "Task_ReviewFinalText";

		public static final String DECIDE_ON_APPEAL = "Task_DecideOnAppeal";

		public static final String RECORD_APPEAL_RULING = "Task_RecordAppealRuling";

		public static final String DECIDE_ON_CASSATION = "Task_DecideOnCassation";

		public static final String RECORD_HIGH_COURT_RULING = "Task_RecordHighCourtRuling";

		public static final String RECORD_DELIBERATION = "Task_RecordDeliberation";

		public static final String PUBLISH_DELIBERATION = "Task_PublishDeliberation";

		public static final String RECORD_EARLIER_DELIBERATION = "Task_RecordEarlierDeliberation";

		public static final String REVIEW_AT_EXTERNAL_RELATIONS = "Task_ReviewAtExternalRelations";

		private Tasks() {
		}

	}

	public static final class Vars {

		/**
		 * The day the final text was notified to Foreign Affairs: T0 of the two-month
		 * window.
		 */
		public static final String REFERRAL_DATE = AgreementLifecycle.Vars.REFERRAL_DATE;

		private Vars() {
		}

	}

	private ApprovalTn() {
	}

}
