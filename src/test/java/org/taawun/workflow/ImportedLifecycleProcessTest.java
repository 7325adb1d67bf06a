package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.RenewalMode;
import org.taawun.agreement.TimelineEntry;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.AnnualEvaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.signed;

/**
 * An agreement brought in from a portfolio enters its lifecycle at the state it is in,
 * with nothing of its past done again (no document, no mail, no deadline that passed),
 * and lives on from there as one born in Taawun: every state an import may give.
 */
@ProcessTest
class ImportedLifecycleProcessTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ManagementService management;

	@BeforeEach
	void today() {
		this.driver.today(TODAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aFileAtItsInitiativeIsVettedThenNegotiated() {
		Agreement agreement = bringIn("sfax", Jurisdiction.TN, AgreementState.INITIATIVE, dates(null, null, null, null),
				null);

		assertThat(agreement.state()).isEqualTo(AgreementState.VETTING);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.CHECK_ELIGIBILITY);
		assertNothingDone(agreement);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.NEGOTIATION);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.NEGOTIATE_DRAFT);
	}

	@Test
	void aFileInNegotiationGoesOnNegotiating() {
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.NEGOTIATION,
				dates(null, null, null, null), null);

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.NEGOTIATE_DRAFT);
		assertNothingDone(agreement);
	}

	@Test
	void aFileReferredBeforeTaawunIsFollowedUpAndApprovedThenSigned() {
		LocalDate referred = LocalDate.of(2015, 3, 10);
		Agreement agreement = bringIn("gafsa", Jurisdiction.TN, AgreementState.SUPERVISORY_REVIEW,
				new HistoricAgreement.Dates(referred, null, null, null, null, null, null), null);

		assertThat(agreement.reference()).startsWith("GAFSA-2015-");
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.FOLLOW_UP_REFERRAL);
		assertThat(this.driver.task(agreement, Tasks.FOLLOW_UP_REFERRAL).getDueDate()).isNull();
		assertNothingDone(agreement);

		LocalDate approval = TODAY.minusDays(3);
		this.driver.complete(agreement, Tasks.FOLLOW_UP_REFERRAL,
				of("referralOutcome", "APPROVED", "approvalDate", approval.toString()));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.APPROVED);
		assertThat(this.driver.reload(agreement).dates().approval()).isEqualTo(approval);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(TODAY, TODAY.plusYears(3)));
		this.driver.runDueJobs();
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

	@Test
	void aFileReferredBeforeTaawunMayBeTakenUpRefusedOrAbandoned() {
		Agreement takenUp = referred();
		this.driver.complete(takenUp, Tasks.FOLLOW_UP_REFERRAL, of("referralOutcome", "TAKE_UP_AGAIN"));
		assertThat(this.driver.state(takenUp)).isEqualTo(AgreementState.NEGOTIATION);
		assertThat(this.driver.openTasks(takenUp)).containsExactly(Tasks.NEGOTIATE_DRAFT);

		Agreement refused = referred();
		this.driver.complete(refused, Tasks.FOLLOW_UP_REFERRAL, of("referralOutcome", "REFUSED"));
		assertThat(this.driver.state(refused)).isEqualTo(AgreementState.REFUSED);
		assertThat(this.driver.openTasks(refused)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);

		Agreement abandoned = referred();
		this.driver.complete(abandoned, Tasks.FOLLOW_UP_REFERRAL, of("referralOutcome", "ABANDON"));
		assertThat(this.driver.state(abandoned)).isEqualTo(AgreementState.ABANDONED);
		assertThat(this.driver.lifecycle(abandoned)).isNull();
	}

	@Test
	void aRefusedFileAwaitsTheExecutivesDecision() {
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.REFUSED, dates(null, null, null, null),
				null);

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "REWORK"));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.NEGOTIATION);
	}

	@Test
	void anApprovedFileWaitsForItsSignatureFromTheDayItIsBroughtIn() {
		LocalDate approved = LocalDate.of(2024, 5, 2);
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.APPROVED,
				new HistoricAgreement.Dates(null, null, approved, null, null, null, null), null);

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
		// the signature's deadline counts from today, not from an approval two years ago
		this.driver.runDueJobs();
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
		assertNothingDone(agreement);
		assertThat(this.management.createJobQuery().processInstanceId(agreement.processInstanceId()).count())
			.isEqualTo(1);
	}

	@Test
	void aSignedFileEntersIntoForceOnItsDate() {
		LocalDate signature = TODAY.minusDays(10);
		LocalDate entry = TODAY.plusDays(20);
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.SIGNED,
				new HistoricAgreement.Dates(null, null, null, signature, entry, entry.plusYears(3), null), null);

		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.ENTRY_INTO_FORCE);
		this.driver.moveTo(entry.minusDays(1));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SIGNED);
		this.driver.moveTo(entry);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

	@Test
	void anAgreementInForceIsEvaluatedRenewedAndMayBeTerminated() {
		LocalDate signature = LocalDate.of(2023, 6, 1);
		LocalDate end = LocalDate.of(2028, 5, 31);
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.IN_FORCE,
				new HistoricAgreement.Dates(null, null, null, signature, signature, end, signature),
				RenewalMode.EXPRESS);

		assertThat(agreement.reference()).startsWith("ORAN-2023-");
		assertThat(this.driver.openTasks(agreement)).isEmpty();
		assertNothingDone(agreement);
		// the next annual evaluation, in the new year
		this.driver.moveTo(LocalDate.of(2027, 1, 1));
		assertThat(this.driver.openTasks(agreement)).contains(AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT);
		// the renewal decision before the end
		this.driver.moveTo(end.minusMonths(5));
		assertThat(this.driver.openTasks(agreement)).contains(Tasks.DECIDE_RENEWAL);

		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());
		assertThat(this.driver.openTasks(agreement)).contains(Tasks.RECORD_TERMINATION);
	}

	@Test
	void anAgreementWithoutEndStaysInForceUntilTerminated() {
		LocalDate signature = LocalDate.of(2013, 6, 6);
		Agreement agreement = bringIn("gafsa", Jurisdiction.TN, AgreementState.IN_FORCE,
				new HistoricAgreement.Dates(null, null, null, signature, signature, null, signature), null);

		assertThat(this.driver.lifecycleWaitsAt(agreement)).contains(Tasks.IN_FORCE_UNTIL_TERMINATED);
		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());
		LocalDate effective = TODAY.plusMonths(6);
		this.driver.complete(agreement, Tasks.RECORD_TERMINATION,
				of("terminationGround", "DENUNCIATION", "noticeGivenOn", TODAY.toString(), "terminationEffectiveDate",
						effective.toString(), "terminationReason", "Dénonciation par le partenaire."));
		this.driver.moveTo(effective);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.TERMINATED);
	}

	@Test
	void aSuspendedAgreementAwaitsItsResumption() {
		LocalDate signature = LocalDate.of(2021, 1, 10);
		Agreement agreement = bringIn("oran", Jurisdiction.DZ, AgreementState.SUSPENDED,
				new HistoricAgreement.Dates(null, null, null, signature, signature, null, signature), null);

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.RECORD_RESUMPTION);
		this.driver.complete(agreement, Tasks.RECORD_RESUMPTION, of("resumedOn", TODAY.toString()));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
		assertThat(this.driver.lifecycleWaitsAt(agreement)).contains(Tasks.IN_FORCE_UNTIL_TERMINATED);
	}

	@Test
	void anAgreementWhoseLifeIsOverHasNoProcess() {
		for (AgreementState over : List.of(AgreementState.EXPIRED, AgreementState.TERMINATED,
				AgreementState.ABANDONED)) {
			LocalDate signature = LocalDate.of(2009, 1, 1);
			HistoricAgreement.Dates dates = (over == AgreementState.ABANDONED) ? dates(null, null, null, null)
					: new HistoricAgreement.Dates(null, null, null, signature, signature, LocalDate.of(2011, 12, 31),
							null);
			Agreement agreement = bringIn("annaba", Jurisdiction.DZ, over, dates, null);
			assertThat(agreement.state()).isEqualTo(over);
			assertThat(agreement.processInstanceId()).isNull();
			assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.IMPORTED)).containsExactly(over.name());
		}
	}

	private Agreement referred() {
		return bringIn("gafsa", Jurisdiction.TN, AgreementState.SUPERVISORY_REVIEW,
				new HistoricAgreement.Dates(LocalDate.of(2015, 3, 10), null, null, null, null, null, null), null);
	}

	private Agreement bringIn(String authority, Jurisdiction jurisdiction, AgreementState state,
			HistoricAgreement.Dates dates, RenewalMode renewal) {
		return this.driver.reload(this.driver.bringIn(authority, jurisdiction, state, dates, renewal));
	}

	private static HistoricAgreement.Dates dates(LocalDate referral, LocalDate deliberation, LocalDate approval,
			LocalDate signature) {
		return new HistoricAgreement.Dates(referral, deliberation, approval, signature, null, null, null);
	}

	/**
	 * No document issued, no mail written, nothing due now: the past is not done again.
	 */
	private void assertNothingDone(Agreement agreement) {
		assertThat(this.jdbc.sql("select count(*) from issued_document where agreement_id = ?")
			.param(agreement.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from outbox_message where agreement_id = ?")
			.param(agreement.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.management.createJobQuery().processInstanceId(agreement.processInstanceId()).executable().count())
			.isZero();
	}

}
