package org.taawun.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What users type into the task forms, valid unless a test says otherwise.
 */
public final class Submissions {

	private Submissions() {
	}

	public static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return values;
	}

	public static Map<String, Object> eligible() {
		return of("partnerIsLocalAuthority", true, "publicInterestConfirmed", true, "withinCompetences", true,
				"eligibilityDecision", "ELIGIBLE");
	}

	public static Map<String, Object> negotiated(LocalDate day, String renewalMode) {
		return of("negotiationSummary", "Texte arrêté sur la base de la convention type.", "textAgreedOn",
				day.toString(), "durationYears", 5, "renewalMode", renewalMode);
	}

	public static Map<String, Object> deliberation(LocalDate session, int votesFor, int votesAgainst,
			String president) {
		return of("deliberationNumber", "12/" + session.getYear(), "sessionDate", session.toString(), "membersPresent",
				33, "votesFor", votesFor, "votesAgainst", votesAgainst, "abstentions", 0, "presidentVote", president);
	}

	public static Map<String, Object> deposited(LocalDate day) {
		return of("depositDate", day.toString(), "receiptNumber", "AR-2026-118");
	}

	public static Map<String, Object> waliOpinion(LocalDate day) {
		return of("waliOpinion", "FAVOURABLE", "forwardedOn", day.toString());
	}

	public static Map<String, Object> foreignAffairsOpinion() {
		return of("foreignAffairsOpinion", "FAVOURABLE");
	}

	public static Map<String, Object> referredToPrimeMinister() {
		return of("ministryDecision", "REFER_TO_PRIME_MINISTER");
	}

	public static Map<String, Object> ministryRefusal() {
		return of("ministryDecision", "REFUSE", "refusalGrounds", List.of("NO_PUBLIC_INTEREST"), "refusalReason",
				"L’intérêt public local n’est pas démontré.");
	}

	public static Map<String, Object> priorApproval(LocalDate day) {
		return of("primeMinisterDecision", "APPROVE", "decisionDate", day.toString());
	}

	public static Map<String, Object> signed(LocalDate day, LocalDate end) {
		return of("signatureDate", day.toString(), "signingPlace", "Oran", "partnerSignatory", "Le maire",
				"entryIntoForceDate", day.toString(), "endDate", end.toString());
	}

	public static Map<String, Object> consulted(LocalDate day) {
		return of("consultedOn", day.toString(), "foreignAffairsComments", "Pas d’observation.");
	}

	public static Map<String, Object> referred(LocalDate day) {
		return of("referralDate", day.toString(), "referralNumber", "MAE-2026-42");
	}

	public static Map<String, Object> published(LocalDate day) {
		return of("publishedOn", day.toString(), "publicationReference", "JORT-CL n° 14");
	}

	public static Map<String, Object> sentToGovernor(LocalDate day) {
		return of("sentToGovernorOn", day.toString(), "foreignFunding", false);
	}

	public static Map<String, Object> sentToGovernorWithFunding(LocalDate day) {
		return of("sentToGovernorOn", day.toString(), "foreignFunding", true, "fundingDetails",
				"Subvention de 40 000 EUR de la ville partenaire pour l’équipement de la médiathèque.");
	}

	public static Map<String, Object> governorVisa(LocalDate day) {
		return of("governorDecision", "VISA", "decisionDate", day.toString());
	}

	public static Map<String, Object> ministryApprovalMa(LocalDate day) {
		return of("ministryDecisionMa", "APPROVE", "decisionDate", day.toString());
	}

}
