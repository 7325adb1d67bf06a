package org.taawun.workflow.model;

/**
 * Names of the fields of {@code forms/} whose values the acts state (a deliberation's
 * number, the place of signature), shared by every process that records them. Change both
 * together.
 */
public final class ActFields {

	public static final String DELIBERATION_NUMBER = "deliberationNumber";

	public static final String SESSION_DATE = "sessionDate";

	public static final String MEMBERS_PRESENT = "membersPresent";

	public static final String VOTES_FOR = "votesFor";

	public static final String VOTES_AGAINST = "votesAgainst";

	public static final String ABSTENTIONS = "abstentions";

	/** Set by the count of the votes, not by a form. */
	public static final String COUNCIL_APPROVED = "councilApproved";

	public static final String DECISION_DATE = "decisionDate";

	public static final String REFUSAL_REASON = "refusalReason";

	public static final String SIGNING_PLACE = "signingPlace";

	public static final String PARTNER_SIGNATORY = "partnerSignatory";

	public static final String DURATION_YEARS = "durationYears";

	public static final String MISSION_ORDER_NUMBER = "missionOrderNumber";

	public static final String DELEGATION_MEMBERS = "delegationMembers";

	public static final String MEMBER_NAME = "fullName";

	public static final String MEMBER_OFFICE = "office";

	public static final String MISSION_REPORT = "missionReport";

	public static final String DONATION_DELIBERATION_NUMBER = "donationDeliberationNumber";

	public static final String ACHIEVEMENTS = "achievements";

	public static final String DIFFICULTIES = "difficulties";

	public static final String NEXT_YEAR_PLAN = "nextYearPlan";

	public static final String CIVIL_SOCIETY_CONSULTED = "civilSocietyConsulted";

	public static final String CONSULTATION_DATE = "consultationDate";

	public static final String ASSOCIATIONS_PRESENT = "associationsPresent";

	public static final String ASSOCIATION_PROPOSALS = "associationProposals";

	public static final String PROPOSALS_KEPT = "proposalsKept";

	public static final String AMENDMENT_SUMMARY = "amendmentSummary";

	public static final String AMENDMENT_SIGNATURE_DATE = "amendmentSignatureDate";

	public static final String TERMINATION_REASON = "terminationReason";

	public static final String TERMINATION_EFFECTIVE_DATE = "terminationEffectiveDate";

	public static final String NOTICE_GIVEN_ON = "noticeGivenOn";

	/**
	 * The notice of a denunciation the convention gives, in months, when it gives one.
	 */
	public static final String NOTICE_MONTHS = "noticeMonths";

	public static final String TERMINATION_GROUND = "terminationGround";

	private ActFields() {
	}

}
