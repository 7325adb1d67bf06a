package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Decisions;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalTn;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.consulted;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.published;
import static org.taawun.workflow.Submissions.referred;
import static org.taawun.workflow.model.ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS;
import static org.taawun.workflow.model.ApprovalTn.Tasks.DECIDE_ON_APPEAL;
import static org.taawun.workflow.model.ApprovalTn.Tasks.DECIDE_ON_CASSATION;
import static org.taawun.workflow.model.ApprovalTn.Tasks.PUBLISH_DELIBERATION;
import static org.taawun.workflow.model.ApprovalTn.Tasks.RECORD_APPEAL_RULING;
import static org.taawun.workflow.model.ApprovalTn.Tasks.RECORD_DELIBERATION;
import static org.taawun.workflow.model.ApprovalTn.Tasks.RECORD_EARLIER_DELIBERATION;
import static org.taawun.workflow.model.ApprovalTn.Tasks.RECORD_HIGH_COURT_RULING;
import static org.taawun.workflow.model.ApprovalTn.Tasks.REFER_FINAL_TEXT;
import static org.taawun.workflow.model.ApprovalTn.Tasks.REVIEW_AT_EXTERNAL_RELATIONS;
import static org.taawun.workflow.model.ApprovalTn.Tasks.REVIEW_FINAL_TEXT;

/**
 * The Tunisian approval of article 40, every path: the two-month window before the
 * council may vote, a refusal on each of its two legal grounds, appeals to both courts
 * with their time limits watched, the publication of the deliberation, and the procedure
 * of historic files before 2018.
 */
@ProcessTest
class ApprovalTnProcessTest {

	/** T0: the day the final text is notified to Foreign Affairs. */
	private static final LocalDate REFERRAL = LocalDate.of(2026, 1, 15);

	/** T0 plus two calendar months. */
	private static final LocalDate COUNCIL_MAY_VOTE = LocalDate.of(2026, 3, 15);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private Decisions decisions;

	@BeforeEach
	void startOnReferralDay() {
		this.driver.today(REFERRAL);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void keepsNoReasonsForARefusalNextToANoObjection() {
		Agreement agreement = referredAgreement("gafsa");
		this.driver.complete(agreement, REVIEW_FINAL_TEXT, of("foreignAffairsDecision", "NO_OBJECTION", "refusalGround",
				"PUBLIC_ORDER", "refusalReason", "Texte saisi puis abandonné."));

		Map<String, Object> kept = this.runtime.getVariables(this.driver.calledInstance(agreement, ApprovalTn.KEY));
		assertThat(kept).containsEntry("foreignAffairsDecision", "NO_OBJECTION")
			.doesNotContainKeys("refusalGround", "refusalReason");
		// the decision kept for the next readers and the timeline is the answer alone
		assertThat(this.decisions.of(agreement.id())).filteredOn((d) -> d.step().equals(REVIEW_FINAL_TEXT))
			.singleElement()
			.satisfies((decision) -> {
				assertThat(decision.answer()).isEqualTo("NO_OBJECTION");
				assertThat(decision.label().fr()).isEqualTo("Pas d’objection");
				assertThat(decision.reasons()).isNull();
			});
	}

	@Test
	void letsTheCouncilVoteOnlyTwoCalendarMonthsAfterTheReferral() {
		// given
		Agreement agreement = referredAgreement("gafsa");
		this.driver.complete(agreement, REVIEW_FINAL_TEXT, of("foreignAffairsDecision", "NO_OBJECTION"));

		// when the window is still open, the council has no task
		this.driver.moveTo(COUNCIL_MAY_VOTE.minusDays(1));
		assertThat(this.driver.openTasks(agreement)).isEmpty();

		// then from T0 + 2 months it has
		this.driver.moveTo(COUNCIL_MAY_VOTE);
		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(COUNCIL_MAY_VOTE, 20, 4, "FOR"));
		this.driver.complete(agreement, PUBLISH_DELIBERATION, published(COUNCIL_MAY_VOTE));

		String approval = this.driver.calledInstance(agreement, ApprovalTn.KEY);
		assertThat(this.driver.passed(approval)).containsSubsequence(CONSULT_FOREIGN_AFFAIRS, REFER_FINAL_TEXT,
				REVIEW_FINAL_TEXT, "Timer_CouncilMayVote", RECORD_DELIBERATION, PUBLISH_DELIBERATION,
				"EndEvent_AgreementApproved");
		Agreement approved = this.driver.reload(agreement);
		assertThat(approved.state()).isEqualTo(AgreementState.APPROVED);
		assertThat(approved.dates().approval()).isEqualTo(COUNCIL_MAY_VOTE);
		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.PARTNER_ACCEPTANCE);
		this.driver.partnerAcceptsTheFinalText(agreement);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
	}

	@Test
	void refusesADeliberationDatedInsideTheWindow() {
		Agreement agreement = referredAgreement("gafsa");
		this.driver.moveTo(COUNCIL_MAY_VOTE.plusDays(1));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, RECORD_DELIBERATION,
					deliberation(COUNCIL_MAY_VOTE.minusDays(2), 20, 4, "FOR")))
			.withMessageContaining("2026-03-15");
		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void takesSilenceUntilTheWindowClosesAsNoRefusal() {
		Agreement agreement = referredAgreement("sfax");
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.FOREIGN_AFFAIRS_REVIEW);

		this.driver.moveTo(COUNCIL_MAY_VOTE);

		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalTn.KEY)))
			.contains("Timer_WindowClosedInSilence");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SOVEREIGNTY_FOREIGN_POLICY", "PUBLIC_ORDER" })
	void endsOnARefusalOnEitherLegalGroundThatIsNotAppealed(String ground) {
		Agreement agreement = refusedAgreement("gafsa", ground);

		this.driver.complete(agreement, DECIDE_ON_APPEAL, of("appealDecision", "ACCEPT_REFUSAL"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "ABANDON"));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
	}

	@Test
	void refusesARefusalWithoutItsLegalGround() {
		Agreement agreement = referredAgreement("gafsa");

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, REVIEW_FINAL_TEXT,
					of("foreignAffairsDecision", "REFUSE", "refusalReason", "Sans motif légal.")))
			.withMessageContaining("refusalGround");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(
					() -> this.driver
						.complete(agreement, REVIEW_FINAL_TEXT,
								of("foreignAffairsDecision", "REFUSE", "refusalGround", "DISPLEASURE", "refusalReason",
										"Motif inventé.")))
			.withMessageContaining("refusalGround");
	}

	@Test
	void letsTheRefusalStandWhenNoAppealIsFiledInTime() {
		Agreement agreement = refusedAgreement("gafsa", "PUBLIC_ORDER");

		this.driver.moveTo(REFERRAL.plusMonths(2));

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalTn.KEY)))
			.contains("Timer_AppealDeadlinePassed", "EndEvent_AgreementRefused");
	}

	@Test
	void goesToTheCouncilWhenTheCourtOfAppealAnnulsTheRefusal() {
		Agreement agreement = refusedAgreement("gafsa", "SOVEREIGNTY_FOREIGN_POLICY");
		this.driver.complete(agreement, DECIDE_ON_APPEAL,
				of("appealDecision", "APPEAL", "appealFiledOn", REFERRAL.toString()));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.APPEAL);

		this.driver.complete(agreement, RECORD_APPEAL_RULING,
				of("courtRuling", "ANNULLED", "rulingDate", REFERRAL.toString()));

		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void escalatesWhenTheCourtsPassTheirLimitsAndFollowsTheHighCourt() {
		Agreement agreement = refusedAgreement("sfax", "PUBLIC_ORDER");
		this.driver.complete(agreement, DECIDE_ON_APPEAL,
				of("appealDecision", "APPEAL", "appealFiledOn", REFERRAL.toString()));

		this.driver.moveTo(REFERRAL.plusMonths(1));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION))
			.containsExactly(RECORD_APPEAL_RULING);
		LocalDate ruled = REFERRAL.plusMonths(1);
		this.driver.complete(agreement, RECORD_APPEAL_RULING,
				of("courtRuling", "UPHELD", "rulingDate", ruled.toString()));
		this.driver.complete(agreement, DECIDE_ON_CASSATION,
				of("cassationDecision", "APPEAL", "cassationFiledOn", ruled.toString()));

		this.driver.moveTo(ruled.plusMonths(2));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).containsExactly(RECORD_APPEAL_RULING,
				RECORD_HIGH_COURT_RULING);
		this.driver.complete(agreement, RECORD_HIGH_COURT_RULING,
				of("courtRuling", "ANNULLED", "rulingDate", ruled.plusMonths(2).toString()));

		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void letsTheRefusalStandWhenTheRulingIsAcceptedOrConfirmedByTheHighCourt() {
		Agreement accepted = appealUpheld("gafsa");
		this.driver.complete(accepted, DECIDE_ON_CASSATION, of("cassationDecision", "ACCEPT_RULING"));
		assertThat(this.driver.openTasks(accepted)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
		assertThat(this.driver.state(accepted)).isEqualTo(AgreementState.REFUSED);

		Agreement confirmed = appealUpheld("sfax");
		this.driver.complete(confirmed, DECIDE_ON_CASSATION,
				of("cassationDecision", "APPEAL", "cassationFiledOn", REFERRAL.toString()));
		this.driver.complete(confirmed, RECORD_HIGH_COURT_RULING,
				of("courtRuling", "UPHELD", "rulingDate", REFERRAL.toString()));
		assertThat(this.driver.openTasks(confirmed)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
	}

	@Test
	void escalatesAPublicationLateByMoreThanFiveDaysAndSendsBackARejectedDraft() {
		Agreement published = referredAgreement("gafsa");
		this.driver.moveTo(COUNCIL_MAY_VOTE);
		this.driver.complete(published, RECORD_DELIBERATION, deliberation(COUNCIL_MAY_VOTE, 20, 4, "FOR"));
		this.driver.moveTo(COUNCIL_MAY_VOTE.plusDays(5));
		assertThat(this.driver.timeline(published, TimelineEntry.Kind.ESCALATION))
			.containsExactly(PUBLISH_DELIBERATION);

		Agreement rejected = referredAgreement("sfax");
		this.driver.moveTo(COUNCIL_MAY_VOTE.plusDays(6));
		this.driver.complete(rejected, RECORD_DELIBERATION, deliberation(COUNCIL_MAY_VOTE, 4, 20, "FOR"));
		assertThat(this.driver.openTasks(rejected)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
	}

	@Test
	void followsTheProcedureBefore2018WhereTheDirectorateHoldsTheFileWithoutLimit() {
		Agreement approved = negotiatedAgreement("gafsa", LegalBasis.TN_BEFORE_2018);
		this.driver.complete(approved, RECORD_EARLIER_DELIBERATION, deliberation(REFERRAL, 20, 4, "FOR"));
		this.driver.moveTo(REFERRAL.plusYears(3));
		assertThat(this.driver.openTasks(approved)).containsExactly(REVIEW_AT_EXTERNAL_RELATIONS);
		this.driver.complete(approved, REVIEW_AT_EXTERNAL_RELATIONS,
				of("externalRelationsDecision", "APPROVE", "decisionDate", REFERRAL.plusYears(3).toString()));
		assertThat(this.driver.state(approved)).isEqualTo(AgreementState.APPROVED);

		Agreement refused = negotiatedAgreement("sfax", LegalBasis.TN_BEFORE_2018);
		this.driver.complete(refused, RECORD_EARLIER_DELIBERATION, deliberation(REFERRAL.plusYears(3), 20, 4, "FOR"));
		this.driver.complete(refused, REVIEW_AT_EXTERNAL_RELATIONS, of("externalRelationsDecision", "REFUSE",
				"decisionDate", REFERRAL.plusYears(3).toString(), "refusalReason", "Refus."));
		assertThat(this.driver.state(refused)).isEqualTo(AgreementState.REFUSED);

		Agreement rejected = negotiatedAgreement("sfax", LegalBasis.TN_BEFORE_2018);
		this.driver.complete(rejected, RECORD_EARLIER_DELIBERATION, deliberation(REFERRAL.plusYears(3), 2, 20, "FOR"));
		assertThat(this.driver.openTasks(rejected)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);

	}

	private Agreement negotiatedAgreement(String authority, LegalBasis basis) {
		Agreement agreement = this.driver.draft(authority, basis);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(this.driver.today(), "TACIT"));
		return agreement;
	}

	private Agreement referredAgreement(String authority) {
		Agreement agreement = negotiatedAgreement(authority, LegalBasis.TN_CODE_ART_40);
		this.driver.complete(agreement, CONSULT_FOREIGN_AFFAIRS, consulted(REFERRAL));
		this.driver.complete(agreement, REFER_FINAL_TEXT, referred(REFERRAL));
		return agreement;
	}

	private Agreement refusedAgreement(String authority, String ground) {
		Agreement agreement = referredAgreement(authority);
		this.driver.complete(agreement, REVIEW_FINAL_TEXT, of("foreignAffairsDecision", "REFUSE", "refusalGround",
				ground, "refusalReason", "Motifs notifiés à la commune."));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.REFUSED);
		assertThat(this.driver.openTasks(agreement)).containsExactly(DECIDE_ON_APPEAL);
		return agreement;
	}

	private Agreement appealUpheld(String authority) {
		Agreement agreement = refusedAgreement(authority, "PUBLIC_ORDER");
		this.driver.complete(agreement, DECIDE_ON_APPEAL,
				of("appealDecision", "APPEAL", "appealFiledOn", REFERRAL.toString()));
		this.driver.complete(agreement, RECORD_APPEAL_RULING,
				of("courtRuling", "UPHELD", "rulingDate", REFERRAL.toString()));
		return agreement;
	}

}
