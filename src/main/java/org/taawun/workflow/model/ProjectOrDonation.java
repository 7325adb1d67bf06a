package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/project.bpmn} and its forms. Change both together.
 */
public final class ProjectOrDonation {

	public static final String KEY = "ProjectOrDonation";

	public static final class Tasks {

		public static final String DESCRIBE_PROJECT = "Task_DescribeProject";

		public static final String RECORD_DONATION_DELIBERATION = "Task_RecordDonationDeliberation";

		public static final String APPROVE_DONATION = "Task_ApproveDonation";

		public static final String FOLLOW_UP_PROJECT = "Task_FollowUpProject";

		private Tasks() {
		}

	}

	/** What a project proposal carries. */
	public static final class Vars {

		/** {@code PROJECT} or {@code DONATION}. */
		public static final String KIND = "projectKind";

		public static final String TITLE = "projectTitle";

		/** How the follow-up closed the project: {@link Values#DELIVERED} or not. */
		public static final String OUTCOME = "projectOutcome";

		private Vars() {
		}

	}

	/** Values its forms offer for those variables. */
	public static final class Values {

		/** The kind of a project carried out with the partner, not a donation. */
		public static final String PROJECT = "PROJECT";

		/** The outcome of a project realised or delivered. */
		public static final String DELIVERED = "DELIVERED";

		private Values() {
		}

	}

	private ProjectOrDonation() {
	}

}
