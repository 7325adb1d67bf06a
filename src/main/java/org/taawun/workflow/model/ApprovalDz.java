package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/approval-dz.bpmn} and its forms. Change both together.
 */
public final class ApprovalDz {

	public static final String KEY = "ApprovalDz";

	public static final class Tasks {

		public static final String RECORD_DELIBERATION = "Task_RecordDeliberation";

		public static final String DEPOSIT_WITH_WALI = "Task_DepositWithWali";

		public static final String REVIEW_AT_WILAYA = "Task_ReviewAtWilaya";

		public static final String GIVE_FOREIGN_AFFAIRS_OPINION = "Task_GiveForeignAffairsOpinion";

		public static final String REVIEW_AT_MINISTRY = "Task_ReviewAtMinistry";

		public static final String GRANT_PRIOR_APPROVAL = "Task_GrantPriorApproval";

		private Tasks() {
		}

	}

	private ApprovalDz() {
	}

}
