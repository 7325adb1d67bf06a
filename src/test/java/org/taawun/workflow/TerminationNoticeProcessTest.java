package org.taawun.workflow;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;

/**
 * A denunciation takes effect once its notice has run: three months by the settings, or
 * the period the convention gives when its negotiation recorded one; an end by mutual
 * agreement gives no notice. Refused on the engine's completion, which every route to the
 * task goes through.
 */
@ProcessTest
class TerminationNoticeProcessTest {

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
	void aDenunciationCannotTakeEffectBeforeTheSettingsNoticeHasRun() {
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", START.plusYears(3));
		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.RECORD_TERMINATION,
					denounced(START, START.plusMonths(3).minusDays(1))))
			.withMessageContaining("terminationEffectiveDate")
			.satisfies((refused) -> assertThat(refused.violations()).singleElement()
				.satisfies((violation) -> assertThat(violation.message()).contains("3")));
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.RECORD_TERMINATION);

		this.driver.complete(agreement, Tasks.RECORD_TERMINATION, denounced(START, START.plusMonths(3)));
		this.driver.moveTo(START.plusMonths(3));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.TERMINATED);
	}

	@Test
	void theConventionsOwnNoticeWinsWhenItsNegotiationRecordedOne() {
		Map<String, Object> negotiation = new HashMap<>(negotiated(START, "EXPRESS"));
		negotiation.put("noticeMonths", 6);
		Agreement agreement = this.journeys.inForce("oran", negotiation, START.plusYears(3));
		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());

		assertThatExceptionOfType(RefusedVariablesException.class).isThrownBy(
				() -> this.driver.complete(agreement, Tasks.RECORD_TERMINATION, denounced(START, START.plusMonths(4))))
			.withMessageContaining("terminationEffectiveDate");

		this.driver.complete(agreement, Tasks.RECORD_TERMINATION, denounced(START, START.plusMonths(6)));
		this.driver.moveTo(START.plusMonths(6).minusDays(1));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
		this.driver.moveTo(START.plusMonths(6));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.TERMINATED);
	}

	@Test
	void anEndByMutualAgreementGivesNoNotice() {
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", START.plusYears(3));
		this.driver.correlate(agreement, Messages.TERMINATION_REQUESTED, Map.of());

		this.driver.complete(agreement, Tasks.RECORD_TERMINATION,
				of("terminationGround", "MUTUAL_AGREEMENT", "noticeGivenOn", START.toString(),
						"terminationEffectiveDate", START.plusDays(15).toString(), "terminationReason",
						"Fin d’un commun accord."));
		this.driver.moveTo(START.plusDays(15));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.TERMINATED);
	}

	private static Map<String, Object> denounced(LocalDate noticeGivenOn, LocalDate effective) {
		return of("terminationGround", "DENUNCIATION", "noticeGivenOn", noticeGivenOn.toString(),
				"terminationEffectiveDate", effective.toString(), "terminationReason",
				"Dénonciation par le partenaire.");
	}

}
