package org.taawun.workflow;

/**
 * Names of the fields of {@code forms/} whose values the acts state (a deliberation's
 * number, the place of signature), shared by every process that records them. Change both
 * together.
 */
final class ActFields {

	static final String DELIBERATION_NUMBER = "deliberationNumber";

	static final String SESSION_DATE = "sessionDate";

	static final String MEMBERS_PRESENT = "membersPresent";

	static final String VOTES_FOR = "votesFor";

	static final String VOTES_AGAINST = "votesAgainst";

	static final String ABSTENTIONS = "abstentions";

	/** Set by the count of the votes, not by a form. */
	static final String COUNCIL_APPROVED = "councilApproved";

	static final String DECISION_DATE = "decisionDate";

	static final String REFUSAL_REASON = "refusalReason";

	static final String SIGNING_PLACE = "signingPlace";

	static final String PARTNER_SIGNATORY = "partnerSignatory";

	static final String DURATION_YEARS = "durationYears";

	static final String MISSION_ORDER_NUMBER = "missionOrderNumber";

	static final String DELEGATION_MEMBERS = "delegationMembers";

	static final String MEMBER_NAME = "fullName";

	static final String MEMBER_OFFICE = "office";

	static final String MISSION_REPORT = "missionReport";

	static final String DONATION_DELIBERATION_NUMBER = "donationDeliberationNumber";

	static final String ACHIEVEMENTS = "achievements";

	static final String NEXT_YEAR_PLAN = "nextYearPlan";

	static final String AMENDMENT_SUMMARY = "amendmentSummary";

	static final String AMENDMENT_SIGNATURE_DATE = "amendmentSignatureDate";

	static final String TERMINATION_REASON = "terminationReason";

	static final String TERMINATION_EFFECTIVE_DATE = "terminationEffectiveDate";

	static final String NOTICE_GIVEN_ON = "noticeGivenOn";

	private ActFields() {
	}

}
