package org.taawun.workflow.model;

import java.util.Set;

/**
 * Names shared with {@code bpmn/agreement-lifecycle.bpmn} and its forms. Change both
 * together. The variables under {@link Vars} are set when the lifecycle starts and every
 * process it calls sees them.
 */
public final class AgreementLifecycle {

	public static final String KEY = "AgreementLifecycle";

	public static final class Tasks {

		public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";

		public static final String NEGOTIATE_DRAFT = "Task_NegotiateDraft";

		public static final String DECIDE_AFTER_REFUSAL = "Task_DecideAfterRefusal";

		/**
		 * A receive task: the lifecycle waits for the partner to accept the final text.
		 */
		public static final String PARTNER_ACCEPTANCE = "ReceiveTask_PartnerAcceptance";

		public static final String SIGN_AGREEMENT = "Task_SignAgreement";

		public static final String REVIEW_UNSIGNED_AGREEMENT = "Task_ReviewUnsignedAgreement";

		public static final String DECIDE_RENEWAL = "Task_DecideRenewal";

		public static final String RECORD_SUSPENSION = "Task_RecordSuspension";

		public static final String RECORD_RESUMPTION = "Task_RecordResumption";

		public static final String RECORD_TERMINATION = "Task_RecordTermination";

		/**
		 * A file brought in from a portfolio, referred before Taawun and still without an
		 * answer.
		 */
		public static final String FOLLOW_UP_REFERRAL = "Task_FollowUpReferral";

		/** A term without an end date: in force until the parties terminate it. */
		public static final String IN_FORCE_UNTIL_TERMINATED = "ReceiveTask_InForceUntilTerminated";

		/** The life in force, where a signed agreement goes on its date. */
		public static final String IN_FORCE = "SubProcess_InForce";

		public static final String ENTRY_INTO_FORCE = "Timer_EntryIntoForce";

		private Tasks() {
		}

	}

	/** Messages that start what can happen while the agreement is in force. */
	public static final class Messages {

		public static final String VISIT_REQUESTED = "Message_VisitRequested";

		public static final String PROJECT_PROPOSED = "Message_ProjectProposed";

		public static final String AMENDMENT_REQUESTED = "Message_AmendmentRequested";

		public static final String SUSPENSION_REQUESTED = "Message_SuspensionRequested";

		public static final String TERMINATION_REQUESTED = "Message_TerminationRequested";

		/**
		 * A ministry's campaign asks the agreement's evaluation of a year, due on the day
		 * it hands ({@link AnnualEvaluation.Vars#EVALUATION_DUE}).
		 */
		public static final String EVALUATION_CAMPAIGN_OPENED = "Message_EvaluationCampaignOpened";

		/**
		 * The partner accepted the final text through its link: signature can proceed.
		 */
		public static final String PARTNER_ACCEPTED_TEXT = "Message_PartnerAcceptedText";

		/**
		 * The executive withdraws a file not yet in force, with its reasons
		 * ({@link Vars#WITHDRAWAL_REASON}).
		 */
		public static final String WITHDRAWAL_REQUESTED = "Message_WithdrawalRequested";

		private Messages() {
		}

	}

	public static final class Vars {

		public static final String AGREEMENT_ID = "agreementId";

		public static final String AUTHORITY = "authority";

		public static final String AUTHORITY_KIND = "authorityKind";

		public static final String PROVINCE = "province";

		public static final String JURISDICTION = "jurisdiction";

		/** The text the agreement is concluded under: its approval path depends on it. */
		public static final String LEGAL_BASIS = "legalBasis";

		/** Set by the approval processes: APPROVED, REFUSED or COUNCIL_REJECTED. */
		public static final String APPROVAL_OUTCOME = "approvalOutcome";

		public static final String APPROVAL_DATE = "approvalDate";

		public static final String SIGNATURE_DATE = "signatureDate";

		public static final String ENTRY_INTO_FORCE_DATE = "entryIntoForceDate";

		public static final String END_DATE = "endDate";

		public static final String RENEWAL_MODE = "renewalMode";

		public static final String NEW_END_DATE = "newEndDate";

		/** Why the executive withdrew the file. */
		public static final String WITHDRAWAL_REASON = "withdrawalReason";

		/** The day a file was referred to its supervising authority. */
		public static final String REFERRAL_DATE = "referralDate";

		/**
		 * Whether the partner accepted the final text, by its link or because the file
		 * came in past that step: an unsigned agreement kept waiting goes back to whoever
		 * it waited for.
		 */
		public static final String TEXT_ACCEPTED_BY_PARTNER = "textAcceptedByPartner";

		/** Since when an approved agreement waits for its signature. */
		public static final String SIGNATURE_WAIT_SINCE = "signatureWaitSince";

		/**
		 * Set while an amendment runs the approval: its steps leave the agreement in
		 * force.
		 */
		public static final String AMENDMENT = "amendment";

		/**
		 * The variables that say whose file a process is about and which path of the law
		 * it takes: set when the process starts, never changed afterwards.
		 */
		public static final Set<String> WHOSE_FILE = Set.of(AGREEMENT_ID, AUTHORITY, AUTHORITY_KIND, PROVINCE,
				JURISDICTION, LEGAL_BASIS, AMENDMENT);

		private Vars() {
		}

	}

	private AgreementLifecycle() {
	}

}
