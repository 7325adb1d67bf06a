package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Decisions;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalDz;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.ministryRefusal;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.waliOpinion;
import static org.taawun.workflow.model.ApprovalDz.Tasks.DEPOSIT_WITH_WALI;
import static org.taawun.workflow.model.ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION;
import static org.taawun.workflow.model.ApprovalDz.Tasks.GRANT_PRIOR_APPROVAL;
import static org.taawun.workflow.model.ApprovalDz.Tasks.RECORD_DELIBERATION;
import static org.taawun.workflow.model.ApprovalDz.Tasks.REVIEW_AT_MINISTRY;
import static org.taawun.workflow.model.ApprovalDz.Tasks.REVIEW_AT_WILAYA;

/**
 * The Algerian approval of decree 17-329, every path: the chain of reviews to the Prime
 * Minister's prior approval, the 8-day deposit with its reminder and escalation, reasoned
 * refusals and resubmission, a council that rejects, the wilaya's shorter path, and
 * silence that never approves.
 */
@ProcessTest
class ApprovalDzProcessTest {

	private static final LocalDate SESSION = LocalDate.of(2026, 1, 5);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Decisions decisions;

	@BeforeEach
	void startOnSessionDay() {
		this.driver.today(SESSION);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void approvesThroughTheWilayaBothMinistriesAndThePrimeMinister() {
		// given
		Agreement agreement = negotiatedAgreement("oran");

		// when
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
		this.driver.moveTo(SESSION.plusDays(3));
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION.plusDays(3)));

		this.driver.complete(agreement, REVIEW_AT_WILAYA, waliOpinion(SESSION.plusDays(3)));
		this.driver.complete(agreement, GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());
		this.driver.complete(agreement, REVIEW_AT_MINISTRY, referredToPrimeMinister());
		this.driver.complete(agreement, GRANT_PRIOR_APPROVAL, priorApproval(SESSION.plusDays(3)));

		// then
		String approval = this.driver.calledInstance(agreement, ApprovalDz.KEY);
		assertThat(this.driver.passed(approval)).containsSubsequence(RECORD_DELIBERATION, "Task_CountVotes",
				DEPOSIT_WITH_WALI, REVIEW_AT_WILAYA, GIVE_FOREIGN_AFFAIRS_OPINION, REVIEW_AT_MINISTRY,
				GRANT_PRIOR_APPROVAL, "EndEvent_AgreementApproved");
		Agreement approved = this.driver.reload(agreement);
		assertThat(approved.state()).isEqualTo(AgreementState.APPROVED);
		assertThat(approved.dates().deliberation()).isEqualTo(SESSION);
		assertThat(approved.dates().approval()).isEqualTo(SESSION.plusDays(3));
		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.PARTNER_ACCEPTANCE);
		this.driver.partnerAcceptsTheFinalText(agreement);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.STATE_CHANGED)).containsExactly("INITIATIVE",
				"VETTING", "NEGOTIATION", "COUNCIL", "SUPERVISORY_REVIEW", "APPROVED");
	}

	@Test
	void remindsAtDaySixAndEscalatesAtDayEightWhenTheDepositIsLate() {
		Agreement agreement = negotiatedAgreement("oran");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		assertThat(this.driver.task(agreement, DEPOSIT_WITH_WALI).getDueDate())
			.isEqualTo(Date.from(SESSION.plusDays(8).atStartOfDay(ProcessDriver.ZONE).toInstant()));

		this.driver.moveTo(SESSION.plusDays(5));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.REMINDER)).isEmpty();

		this.driver.moveTo(SESSION.plusDays(6));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.REMINDER)).containsExactly(DEPOSIT_WITH_WALI);
		assertThat(this.driver.priority(agreement, DEPOSIT_WITH_WALI)).isEqualTo(70);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).isEmpty();

		this.driver.moveTo(SESSION.plusDays(8));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).containsExactly(DEPOSIT_WITH_WALI);
		assertThat(this.driver.priority(agreement, DEPOSIT_WITH_WALI)).isEqualTo(90);

		// the escalation decides nothing: the deposit is still to be made, late
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION.plusDays(8)));

		assertThat(this.driver.openTasks(agreement)).containsExactly(REVIEW_AT_WILAYA);
	}

	@Test
	void refusesADepositBeforeTheSessionOrInTheFuture() {
		Agreement agreement = negotiatedAgreement("oran");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION.minusDays(1))))
			.withMessageContaining("depositDate");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION.plusDays(1))))
			.withMessageContaining("depositDate");
		assertThat(this.driver.openTasks(agreement)).containsExactly(DEPOSIT_WITH_WALI);
	}

	@Test
	void anOpinionThatIsNotFavourableGivesItsReasons() {
		Agreement agreement = negotiatedAgreement("oran");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, REVIEW_AT_WILAYA,
					of("waliOpinion", "UNFAVOURABLE", "forwardedOn", SESSION.toString())))
			.withMessageContaining("waliNotes");
		this.driver.complete(agreement, REVIEW_AT_WILAYA, of("waliOpinion", "UNFAVOURABLE", "waliNotes",
				"Le partenaire n’a pas de projet précis.", "forwardedOn", SESSION.toString()));
		assertThat(this.decisions.of(agreement.id())).filteredOn((d) -> d.step().equals(REVIEW_AT_WILAYA))
			.singleElement()
			.satisfies((decision) -> {
				assertThat(decision.answer()).isEqualTo("UNFAVOURABLE");
				assertThat(decision.reasons()).isEqualTo("Le partenaire n’a pas de projet précis.");
			});

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, GIVE_FOREIGN_AFFAIRS_OPINION,
					of("foreignAffairsOpinion", "RESERVED")))
			.withMessageContaining("foreignAffairsNotes");
		this.driver.complete(agreement, GIVE_FOREIGN_AFFAIRS_OPINION, of("foreignAffairsOpinion", "RESERVED",
				"foreignAffairsNotes", "Sous réserve de l’avis de l’ambassade."));
		assertThat(this.driver.openTasks(agreement)).containsExactly(REVIEW_AT_MINISTRY);
	}

	@Test
	void refusesAWaliTransmissionDatedBeforeTheDeposit() {
		Agreement agreement = negotiatedAgreement("oran");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, REVIEW_AT_WILAYA, waliOpinion(SESSION.minusDays(1))))
			.withMessageContaining("forwardedOn");
		assertThat(this.driver.openTasks(agreement)).containsExactly(REVIEW_AT_WILAYA);

		this.driver.complete(agreement, REVIEW_AT_WILAYA, waliOpinion(SESSION));
		assertThat(this.driver.openTasks(agreement)).doesNotContain(REVIEW_AT_WILAYA);
	}

	@Test
	void escalatesEveryReviewLeftPastItsDeadlineAndNeverApprovesBySilence() {
		Agreement agreement = negotiatedAgreement("oran");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION));
		LocalDate day = SESSION;
		for (String review : List.of(REVIEW_AT_WILAYA, GIVE_FOREIGN_AFFAIRS_OPINION, REVIEW_AT_MINISTRY)) {
			day = day.plusDays(31);
			this.driver.moveTo(day);
			assertThat(this.driver.priority(agreement, review)).isEqualTo(90);
			this.driver.complete(agreement, review, switch (review) {
				case REVIEW_AT_WILAYA -> waliOpinion(day);
				case GIVE_FOREIGN_AFFAIRS_OPINION -> foreignAffairsOpinion();
				default -> referredToPrimeMinister();
			});
		}

		this.driver.moveTo(day.plusDays(365));

		assertThat(this.driver.openTasks(agreement)).containsExactly(GRANT_PRIOR_APPROVAL);
		assertThat(this.driver.priority(agreement, GRANT_PRIOR_APPROVAL)).isEqualTo(90);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).containsExactly(REVIEW_AT_WILAYA,
				GIVE_FOREIGN_AFFAIRS_OPINION, REVIEW_AT_MINISTRY, GRANT_PRIOR_APPROVAL);
	}

	@Test
	void refusesOnlyWithGroundsThenLetsTheFileBeReworkedAndResubmitted() {
		Agreement agreement = atMinistry("oran");

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, REVIEW_AT_MINISTRY, of("ministryDecision", "REFUSE")))
			.withMessageContaining("refusalGrounds")
			.withMessageContaining("refusalReason");

		this.driver.complete(agreement, REVIEW_AT_MINISTRY, ministryRefusal());
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.REFUSED);
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "REWORK"));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.NEGOTIATION);
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(SESSION, "EXPRESS"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void endsWithAReasonedRefusalOfThePrimeMinister() {
		Agreement agreement = atMinistry("oran");
		this.driver.complete(agreement, REVIEW_AT_MINISTRY, referredToPrimeMinister());

		this.driver.complete(agreement, GRANT_PRIOR_APPROVAL,
				of("primeMinisterDecision", "REFUSE", "decisionDate", SESSION.toString(), "refusalGrounds",
						List.of("NATIONAL_INTERESTS", "POLITICAL_USE"), "refusalReason", "Motifs communiqués."));
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "ABANDON"));

		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalDz.KEY)))
			.contains("EndEvent_AgreementRefused");
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
	}

	@Test
	void sendsTheDraftBackWhenTheCouncilRejectsItAndCountsThePresidentsVoteOnATie() {
		Agreement rejected = negotiatedAgreement("oran");
		this.driver.complete(rejected, RECORD_DELIBERATION, deliberation(SESSION, 10, 20, "FOR"));
		assertThat(this.driver.openTasks(rejected)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);

		Agreement tied = negotiatedAgreement("annaba");
		this.driver.complete(tied, RECORD_DELIBERATION, deliberation(SESSION, 15, 15, "FOR"));
		assertThat(this.driver.openTasks(tied)).containsExactly(DEPOSIT_WITH_WALI);
	}

	@Test
	void refusesVotesThatOutnumberTheMembersPresent() {
		Agreement agreement = negotiatedAgreement("oran");

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(
					() -> this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 30, 10, "FOR")))
			.withMessageContaining("votesFor");
		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void sendsAWilayasFileStraightToTheMinistry() {
		this.driver.register("wilaya-oran", Jurisdiction.DZ, AuthorityKind.WILAYA);
		Agreement agreement = negotiatedAgreement("wilaya-oran");

		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 30, 3, "FOR"));

		assertThat(this.driver.openTasks(agreement)).containsExactly(GIVE_FOREIGN_AFFAIRS_OPINION);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
	}

	private Agreement negotiatedAgreement(String authority) {
		Agreement agreement = this.driver.draft(authority, LegalBasis.DZ_DECREE_17_329);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(SESSION, "EXPRESS"));
		return agreement;
	}

	private Agreement atMinistry(String authority) {
		Agreement agreement = negotiatedAgreement(authority);
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 10, "FOR"));
		this.driver.complete(agreement, DEPOSIT_WITH_WALI, deposited(SESSION));
		this.driver.complete(agreement, REVIEW_AT_WILAYA, waliOpinion(SESSION));
		this.driver.complete(agreement, GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());
		return agreement;
	}

}
