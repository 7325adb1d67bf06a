package org.taawun.workflow.steps;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.taawun.document.ActFacts;
import org.taawun.document.Addressee;
import org.taawun.document.DelegationMember;
import org.taawun.evaluation.ActionPlans;
import org.taawun.law.TerminationNotice;
import org.taawun.workflow.model.AgreementLifecycle.Vars;
import org.taawun.workflow.model.AnnualEvaluation;
import org.taawun.workflow.model.ApprovalDz;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.model.VisitOrDelegation;

import static org.taawun.workflow.model.ActFields.*;

/**
 * Reads what an act states from the variables of the process that asked for it (dates are
 * ISO text there, numbers whatever number the form sent), into the typed facts the
 * documents read.
 */
@Component
class ActFactsReader {

	/**
	 * The variables {@link #read} reads: what a request for a document carries over from
	 * the process that asks for it.
	 */
	static final Set<String> NAMES = Set.of(DELIBERATION_NUMBER, SESSION_DATE, MEMBERS_PRESENT, VOTES_FOR,
			VOTES_AGAINST, ABSTENTIONS, COUNCIL_APPROVED, DECISION_DATE, REFUSAL_REASON, Vars.SIGNATURE_DATE,
			SIGNING_PLACE, PARTNER_SIGNATORY, Vars.ENTRY_INTO_FORCE_DATE, Vars.END_DATE, DURATION_YEARS,
			Vars.RENEWAL_MODE, MISSION_ORDER_NUMBER, VisitOrDelegation.Vars.PURPOSE,
			VisitOrDelegation.Vars.DEPARTURE_DATE, VisitOrDelegation.Vars.RETURN_DATE, DELEGATION_MEMBERS,
			MISSION_REPORT, ProjectOrDonation.Vars.TITLE, DONATION_DELIBERATION_NUMBER, ACHIEVEMENTS, NEXT_YEAR_PLAN,
			AnnualEvaluation.Vars.EVALUATED_YEAR, CIVIL_SOCIETY_CONSULTED, CONSULTATION_DATE, ASSOCIATIONS_PRESENT,
			ASSOCIATION_PROPOSALS, PROPOSALS_KEPT, AMENDMENT_SUMMARY, AMENDMENT_SIGNATURE_DATE, TERMINATION_REASON,
			TERMINATION_EFFECTIVE_DATE, NOTICE_GIVEN_ON, NOTICE_MONTHS);

	private final TerminationNotice notice;

	private final ActionPlans plans;

	ActFactsReader(TerminationNotice notice, ActionPlans plans) {
		this.notice = notice;
		this.plans = plans;
	}

	ActFacts read(Map<String, Object> v) {
		return new ActFacts(
				new ActFacts.Deliberation(text(v, DELIBERATION_NUMBER), date(v, SESSION_DATE),
						number(v, MEMBERS_PRESENT), number(v, VOTES_FOR), number(v, VOTES_AGAINST),
						number(v, ABSTENTIONS), (Boolean) v.get(COUNCIL_APPROVED)),
				new ActFacts.Decision(date(v, DECISION_DATE), text(v, REFUSAL_REASON)),
				new ActFacts.Signature(date(v, Vars.SIGNATURE_DATE), text(v, SIGNING_PLACE),
						text(v, PARTNER_SIGNATORY)),
				new ActFacts.Term(date(v, Vars.ENTRY_INTO_FORCE_DATE), date(v, Vars.END_DATE),
						number(v, DURATION_YEARS), text(v, Vars.RENEWAL_MODE)),
				new ActFacts.Visit(text(v, MISSION_ORDER_NUMBER), text(v, VisitOrDelegation.Vars.PURPOSE),
						date(v, VisitOrDelegation.Vars.DEPARTURE_DATE), date(v, VisitOrDelegation.Vars.RETURN_DATE),
						members(v.get(DELEGATION_MEMBERS)), text(v, MISSION_REPORT)),
				new ActFacts.Project(text(v, ProjectOrDonation.Vars.TITLE), text(v, DONATION_DELIBERATION_NUMBER)),
				new ActFacts.Evaluation(text(v, ACHIEVEMENTS), text(v, NEXT_YEAR_PLAN), consultation(v), year(v)),
				new ActFacts.AmendmentText(text(v, AMENDMENT_SUMMARY), date(v, AMENDMENT_SIGNATURE_DATE)),
				new ActFacts.Termination(text(v, TERMINATION_REASON), date(v, TERMINATION_EFFECTIVE_DATE),
						date(v, NOTICE_GIVEN_ON), this.notice.months(number(v, NOTICE_MONTHS))),
				addressee(v));
	}

	/**
	 * To whom a referral letter goes: as the step said, or, for a letter asked by an
	 * earlier version of the models (which did not say), as its step implies.
	 */
	private static Addressee addressee(Map<String, Object> v) {
		if (v.get(IssueDocument.Vars.ADDRESSEE) instanceof String to) {
			return Addressee.valueOf(to);
		}
		Object step = v.get(IssueDocument.Vars.DOCUMENT_STEP);
		if (ApprovalDz.Tasks.DEPOSIT_WITH_WALI.equals(step)) {
			return Addressee.WALI;
		}
		return ApprovalDz.Tasks.REVIEW_AT_WILAYA.equals(step) ? Addressee.MINISTRY_OF_INTERIOR : null;
	}

	/**
	 * What the year an evaluation reports on planned and did; null outside an evaluation.
	 */
	private ActFacts.PlannedAndDone year(Map<String, Object> v) {
		return (v.get(AnnualEvaluation.Vars.EVALUATED_YEAR) instanceof Integer year
				&& v.get(Vars.AGREEMENT_ID) instanceof Long agreement) ? this.plans.plannedAndDone(agreement, year)
						: null;
	}

	/**
	 * The consultation of civil society the evaluation records; null when none was held.
	 */
	private static ActFacts.Consultation consultation(Map<String, Object> v) {
		if (!Boolean.TRUE.equals(v.get(CIVIL_SOCIETY_CONSULTED))) {
			return null;
		}
		String associations = Objects.toString(v.get(ASSOCIATIONS_PRESENT), "");
		return new ActFacts.Consultation(date(v, CONSULTATION_DATE),
				associations.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList(),
				text(v, ASSOCIATION_PROPOSALS), text(v, PROPOSALS_KEPT));
	}

	/**
	 * The members of a delegation: the entries of the mission order's list, or, for a
	 * visit whose order was issued with the earlier form, the one text that named them.
	 */
	static List<DelegationMember> members(Object recorded) {
		if (recorded instanceof Collection<?> entries) {
			return entries.stream()
				.filter(Map.class::isInstance)
				.map((entry) -> (Map<?, ?>) entry)
				.map((entry) -> new DelegationMember(Objects.toString(entry.get(MEMBER_NAME), ""),
						Objects.toString(entry.get(MEMBER_OFFICE), "")))
				.toList();
		}
		return (recorded instanceof String text && !text.isBlank()) ? List.of(new DelegationMember(text, ""))
				: List.of();
	}

	private static String text(Map<String, Object> variables, String name) {
		Object value = variables.get(name);
		return (value != null) ? value.toString() : null;
	}

	private static Integer number(Map<String, Object> variables, String name) {
		return (variables.get(name) instanceof Number number) ? number.intValue() : null;
	}

	private static LocalDate date(Map<String, Object> variables, String name) {
		Object value = variables.get(name);
		try {
			return (value != null) ? LocalDate.parse(value.toString()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
