package org.taawun.workflow;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;

/**
 * An approved agreement still waiting for the partner's acceptance counts as unsigned: a
 * year on it is flagged to the executive like one waiting for the signature, and kept
 * waiting it waits for the partner again; abandoned, it ends.
 */
@ProcessTest
class PartnerSilenceProcessTest {

	private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Journeys journeys;

	@BeforeEach
	void today() {
		this.driver.today(DAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aYearOfThePartnersSilenceIsFlaggedAndKeptWaitingItWaitsForThePartnerAgain() {
		Agreement agreement = this.journeys.awaitingThePartner("oran", negotiated(DAY, "EXPRESS"));
		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.PARTNER_ACCEPTANCE);

		this.driver.moveTo(DAY.plusMonths(12).minusDays(1));
		assertThat(this.driver.openTasks(agreement)).isEmpty();
		this.driver.moveTo(DAY.plusMonths(12));
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.REVIEW_UNSIGNED_AGREEMENT);

		this.driver.complete(agreement, Tasks.REVIEW_UNSIGNED_AGREEMENT, of("unsignedDecision", "KEEP_WAITING"));
		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.PARTNER_ACCEPTANCE);

		this.driver.partnerAcceptsTheFinalText(agreement);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
	}

	@Test
	void aFileWhosePartnerStaysSilentCanBeAbandoned() {
		Agreement agreement = this.journeys.awaitingThePartner("oran", negotiated(DAY, "EXPRESS"));
		this.driver.moveTo(DAY.plusMonths(12));

		this.driver.complete(agreement, Tasks.REVIEW_UNSIGNED_AGREEMENT, of("unsignedDecision", "ABANDON"));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void keptWaitingAfterThePartnerAcceptedItWaitsForTheSignatureAgain() {
		Agreement agreement = this.journeys.approved("oran", "EXPRESS");
		this.driver.moveTo(DAY.plusMonths(12));

		this.driver.complete(agreement, Tasks.REVIEW_UNSIGNED_AGREEMENT, of("unsignedDecision", "KEEP_WAITING"));

		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
	}

}
