package org.taawun.workflow;

/**
 * Names shared with {@code bpmn/agreement-lifecycle.bpmn} and its forms. Change both
 * together.
 */
public final class AgreementLifecycle {

	public static final String KEY = "AgreementLifecycle";

	public static final String RESOURCE = "bpmn/agreement-lifecycle.bpmn";

	public static final class Tasks {

		public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";

		public static final String NEGOTIATE_DRAFT = "Task_NegotiateDraft";

		private Tasks() {
		}

	}

	public static final class Vars {

		public static final String AGREEMENT_ID = "agreementId";

		public static final String AUTHORITY = "authority";

		public static final String JURISDICTION = "jurisdiction";

		private Vars() {
		}

	}

	private AgreementLifecycle() {
	}

}
