package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.signed;

/**
 * The main lifecycle, every path of its own: ineligible drafts, signature and entry into
 * force, the agreement approved but never signed, express and tacit renewal, expiry,
 * suspension and termination with notice.
 */
@ProcessTest
class AgreementLifecycleProcessTest {

	private static final LocalDate START = LocalDate.of(2026, 2, 2);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Journeys journeys;

	@BeforeEach
	void startOnAMonday() {
		this.driver.today(START);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void abandonsADraftFoundIneligible() {
		Agreement agreement = this.driver.draft("oran", LegalBasis.DZ_DECREE_17_329);

		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY,
				of("eligibilityDecision", "NOT_ELIGIBLE", "eligibilityNotes", "Le partenaire est un État."));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
		this.driver.runDueJobs();
		assertThat(this.driver.lifecycle(agreement)).isNull();

	}

	@Test
	void entersIntoForceOnTheDayTheSignatureFormGives() {
		Agreement agreement = this.journeys.approved("oran", "EXPRESS");
		LocalDate entry = START.plusDays(10);

		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT,
				of("signatureDate", START.toString(), "signingPlace", "Oran", "partnerSignatory", "Le maire",
						"entryIntoForceDate", entry.toString(), "endDate", entry.plusYears(3).toString()));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SIGNED);
		this.driver.moveTo(entry.minusDays(1));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SIGNED);

		this.driver.moveTo(entry);

		Agreement inForce = this.driver.reload(agreement);
		assertThat(inForce.state()).isEqualTo(AgreementState.IN_FORCE);
		assertThat(inForce.dates().signature()).isEqualTo(START);
		assertThat(inForce.dates().entryIntoForce()).isEqualTo(entry);
		assertThat(inForce.dates().end()).isEqualTo(entry.plusYears(3));
	}

	@Test
	void waitsForThePartnerToAcceptTheFinalTextBeforeSignature() {
		Agreement agreement = this.driver.draft("oran", LegalBasis.DZ_DECREE_17_329);
		assertThatExceptionOfType(AnswerNotAwaitedException.class)
			.isThrownBy(() -> this.driver.partnerAcceptsTheFinalText(agreement));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.PARTNER_ANSWERED)).isEmpty();

		Agreement approved = this.journeys.approved("oran", "EXPRESS");

		assertThat(this.driver.timeline(approved, TimelineEntry.Kind.PARTNER_ANSWERED)).containsExactly("ACCEPT_TEXT");
		assertThat(this.driver.openTasks(approved)).containsExactly(Tasks.SIGN_AGREEMENT);
		assertThatExceptionOfType(AnswerNotAwaitedException.class)
			.isThrownBy(() -> this.driver.partnerAcceptsTheFinalText(approved));
	}

	@Test
	void refusesASignatureBeforeApprovalOrAnEndBeforeEntryIntoForce() {

		Agreement agreement = this.journeys.approved("oran", "EXPRESS");

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.SIGN_AGREEMENT,
					signed(START.minusDays(1), START.plusYears(1))))
			.withMessageContaining("signatureDate");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(START, START)))
			.withMessageContaining("endDate");
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.APPROVED);
	}

	@Test
	void flagsAnAgreementNeverSignedAndAbandonsItWhenTheExecutiveSaysSo() {
		Agreement agreement = this.journeys.approved("oran", "EXPRESS");

		this.driver.moveTo(START.plusMonths(12));
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.REVIEW_UNSIGNED_AGREEMENT);
		this.driver.complete(agreement, Tasks.REVIEW_UNSIGNED_AGREEMENT, of("unsignedDecision", "KEEP_WAITING"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);

		this.driver.moveTo(START.plusMonths(24));
		this.driver.complete(agreement, Tasks.REVIEW_UNSIGNED_AGREEMENT, of("unsignedDecision", "ABANDON"));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
	}

	@Test
	void renewsExpresslySixMonthsBeforeTheEndThenExpiresWhenNotRenewed() {
		LocalDate end = START.plusYears(2);
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", end);

		this.driver.moveTo(end.minusMonths(6).minusDays(1));
		assertThat(this.driver.openTasks(agreement)).doesNotContain(Tasks.DECIDE_RENEWAL);
		this.driver.moveTo(end.minusMonths(6));
		this.driver.complete(agreement, Tasks.DECIDE_RENEWAL,
				of("renewalDecision", "RENEW", "newEndDate", end.plusYears(3).toString()));
		assertThat(this.driver.reload(agreement).dates().end()).isEqualTo(end.plusYears(3));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);

		this.driver.moveTo(end.plusYears(3).minusMonths(6));
		this.driver.complete(agreement, Tasks.DECIDE_RENEWAL, of("renewalDecision", "DO_NOT_RENEW"));
		this.driver.moveTo(end.plusYears(3));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.EXPIRED);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.STATE_CHANGED)).containsSubsequence("IN_FORCE",
				"RENEWED", "IN_FORCE", "EXPIRED");
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void refusesARenewalWithoutANewEndDateAfterTheCurrentOne() {
		LocalDate end = START.plusYears(1);
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", end);
		this.driver.moveTo(end.minusMonths(6));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.DECIDE_RENEWAL, of("renewalDecision", "RENEW")))
			.withMessageContaining("newEndDate");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.DECIDE_RENEWAL,
					of("renewalDecision", "RENEW", "newEndDate", end.toString())))
			.withMessageContaining("newEndDate");
	}

	@Test
	void renewsTacitlyWhenTheEndComesWithoutADecisionButLetsAnExpressAgreementLapse() {
		LocalDate end = START.plusYears(1);
		Agreement tacit = this.journeys.inForce("oran", "TACIT", end);
		Agreement express = this.journeys.inForce("annaba", "EXPRESS", end);

		this.driver.moveTo(end);

		assertThat(this.driver.state(tacit)).isEqualTo(AgreementState.IN_FORCE);
		assertThat(this.driver.reload(tacit).dates().end()).isEqualTo(end.plusYears(1));
		assertThat(this.driver.timeline(tacit, TimelineEntry.Kind.STATE_CHANGED)).contains("RENEWED");
		assertThat(this.driver.state(express)).isEqualTo(AgreementState.EXPIRED);
	}

	@Test
	void suspendsAndResumesWhileStayingOnCourse() {
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", START.plusYears(3));

		this.driver.correlate(agreement, Messages.SUSPENSION_REQUESTED, Map.of());
		this.driver.complete(agreement, Tasks.RECORD_SUSPENSION,
				of("suspendedOn", START.toString(), "suspensionReason", "Instruction de la tutelle."));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUSPENDED);
		this.driver.complete(agreement, Tasks.RECORD_RESUMPTION, of("resumedOn", START.plusDays(30).toString()));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

	@Test
	void terminatesWhenTheNoticeEnds() {
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", START.plusYears(3));

		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());
		LocalDate effective = START.plusMonths(3);
		this.driver.complete(agreement, Tasks.RECORD_TERMINATION,
				of("terminationGround", "DENUNCIATION", "noticeGivenOn", START.toString(), "terminationEffectiveDate",
						effective.toString(), "terminationReason", "Dénonciation par le partenaire."));
		this.driver.moveTo(effective.minusDays(1));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);

		this.driver.moveTo(effective);

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.TERMINATED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

}
