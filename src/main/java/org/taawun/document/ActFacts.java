package org.taawun.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What an act states of the steps before it, as the agreement's process recorded them:
 * the council's deliberation, the decision, the signature and the term, a visit, a
 * project, an evaluation, an amendment, a termination; and, on a referral letter, to whom
 * it goes. A part no step has recorded yet holds nothing (its fields are null); templates
 * read these parts, never the process's variables.
 */
public record ActFacts(Deliberation deliberation, Decision decision, Signature signature, Term term, Visit visit,
		Project project, Evaluation evaluation, AmendmentText amendment, Termination termination, Addressee addressee) {

	/** Nothing recorded yet: the first documents of a file (its initiative note). */
	public static ActFacts none() {
		return new ActFacts(new Deliberation(null, null, null, null, null, null, null), new Decision(null, null),
				new Signature(null, null, null), new Term(null, null, null, null),
				new Visit(null, null, null, null, List.of(), null), new Project(null, null),
				new Evaluation(null, null, null, null), new AmendmentText(null, null),
				new Termination(null, null, null, 0), null);
	}

	public ActFacts withDeliberation(Deliberation deliberation) {
		return new ActFacts(deliberation, this.decision, this.signature, this.term, this.visit, this.project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withDecision(Decision decision) {
		return new ActFacts(this.deliberation, decision, this.signature, this.term, this.visit, this.project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withSignature(Signature signature) {
		return new ActFacts(this.deliberation, this.decision, signature, this.term, this.visit, this.project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withProject(Project project) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, this.visit, project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withEvaluation(Evaluation evaluation) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, this.visit, this.project,
				evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withAmendment(AmendmentText amendment) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, this.visit, this.project,
				this.evaluation, amendment, this.termination, this.addressee);
	}

	public ActFacts withTermination(Termination termination) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, this.visit, this.project,
				this.evaluation, this.amendment, termination, this.addressee);
	}

	public ActFacts withTerm(Term term) {
		return new ActFacts(this.deliberation, this.decision, this.signature, term, this.visit, this.project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withVisit(Visit visit) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, visit, this.project,
				this.evaluation, this.amendment, this.termination, this.addressee);
	}

	public ActFacts withAddressee(Addressee addressee) {
		return new ActFacts(this.deliberation, this.decision, this.signature, this.term, this.visit, this.project,
				this.evaluation, this.amendment, this.termination, addressee);
	}

	/** The council's deliberation on the agreement. */
	public record Deliberation(String number, LocalDate session, Integer membersPresent, Integer votesFor,
			Integer votesAgainst, Integer abstentions, Boolean approved) {
	}

	/** The competent authority's decision, and its reasons when it refuses. */
	public record Decision(LocalDate date, String refusalReason) {
	}

	/** Who signed, where and when. */
	public record Signature(LocalDate date, String place, String partnerSignatory) {
	}

	/**
	 * The term the parties agreed: from its entry into force to its end, renewed or not.
	 */
	public record Term(LocalDate entryIntoForce, LocalDate end, Integer durationYears, String renewalMode) {
	}

	/** A visit or delegation, its mission order and its report. */
	public record Visit(String missionOrderNumber, String purpose, LocalDate departure, LocalDate returning,
			List<DelegationMember> delegation, String report) {
	}

	/** A joint project or a donation, and the deliberation that accepted a donation. */
	public record Project(String title, String donationDeliberationNumber) {
	}

	/**
	 * The annual evaluation, and the consultation of civil society held for it, if one
	 * was.
	 *
	 * @param year what the year's action plan planned and what was done; null for a
	 * report asked before evaluations knew their year
	 */
	public record Evaluation(String achievements, String nextYearPlan, Consultation consultation, PlannedAndDone year) {
	}

	/**
	 * A year of an agreement: what its joint committee's action plan planned, and what
	 * was done.
	 *
	 * @param plannedVisits null, as every planned value, when no plan was adopted
	 * @param budget the year's planned budget, written with its currency
	 */
	public record PlannedAndDone(int year, Integer plannedVisits, int visitsDone, Integer plannedProjects,
			int projectsDone, int donationsDone, String budget, String paidBy) {

		public boolean planned() {
			return this.plannedVisits != null;
		}

	}

	/**
	 * A consultation of associations on the agreement, as Sefrou's participatory day and
	 * Tunisian practice hold them: when, who came, what they proposed, what the council
	 * kept.
	 *
	 * @param associations one association per entry
	 */
	public record Consultation(LocalDate date, List<String> associations, String proposals, String kept) {
	}

	/** An amendment's text and signature. */
	public record AmendmentText(String summary, LocalDate signatureDate) {
	}

	/**
	 * A denunciation: its reasons, the day it takes effect, the day notice was given, and
	 * the notice the convention gives (in months).
	 */
	public record Termination(String reason, LocalDate effective, LocalDate noticeGivenOn, long noticeMonths) {
	}

}
