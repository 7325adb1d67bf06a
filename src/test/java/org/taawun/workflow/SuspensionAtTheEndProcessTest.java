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
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.of;

/**
 * A suspension still running when the term comes to its end: the term runs on during the
 * suspension, so the end date ends the agreement (and the suspension with it), and a
 * renewal renews the term while the agreement stays suspended until its resumption.
 */
@ProcessTest
class SuspensionAtTheEndProcessTest {

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
	void theEndDateEndsASuspendedAgreementNotRenewed() {
		LocalDate end = START.plusYears(1);
		Agreement agreement = suspended(this.journeys.inForce("oran", "EXPRESS", end));

		this.driver.moveTo(end.minusMonths(6));
		this.driver.complete(agreement, Tasks.DECIDE_RENEWAL, of("renewalDecision", "DO_NOT_RENEW"));
		this.driver.moveTo(end);

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.EXPIRED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void anExpressAgreementSuspendedAndLeftUndecidedLapsesAtItsEnd() {
		LocalDate end = START.plusYears(1);
		Agreement agreement = suspended(this.journeys.inForce("oran", "EXPRESS", end));

		this.driver.moveTo(end);

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.EXPIRED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void aRenewalRenewsTheTermOfASuspendedAgreementWhichStaysSuspendedUntilItsResumption() {
		LocalDate end = START.plusYears(1);
		Agreement agreement = suspended(this.journeys.inForce("oran", "EXPRESS", end));

		this.driver.moveTo(end.minusMonths(6));
		this.driver.complete(agreement, Tasks.DECIDE_RENEWAL,
				of("renewalDecision", "RENEW", "newEndDate", end.plusYears(3).toString()));

		assertThat(this.driver.reload(agreement).dates().end()).isEqualTo(end.plusYears(3));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUSPENDED);
		this.driver.moveTo(end.plusDays(1));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUSPENDED);
		this.driver.complete(agreement, Tasks.RECORD_RESUMPTION, of("resumedOn", end.plusDays(1).toString()));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

	@Test
	void aTacitRenewalAtTheEndKeepsTheAgreementSuspended() {
		LocalDate end = START.plusYears(1);
		Agreement agreement = suspended(this.journeys.inForce("oran", "TACIT", end));

		this.driver.moveTo(end);

		assertThat(this.driver.reload(agreement).dates().end()).isAfter(end);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUSPENDED);
		assertThat(this.driver.openTasks(agreement)).contains(Tasks.RECORD_RESUMPTION);
	}

	private Agreement suspended(Agreement agreement) {
		this.driver.correlate(agreement, Messages.SUSPENSION_REQUESTED, Map.of());
		this.driver.complete(agreement, Tasks.RECORD_SUSPENSION,
				of("suspendedOn", START.toString(), "suspensionReason", "Instruction de la tutelle."));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUSPENDED);
		return agreement;
	}

}
