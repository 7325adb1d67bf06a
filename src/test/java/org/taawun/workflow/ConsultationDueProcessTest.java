package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalTn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.negotiated;

/**
 * Tunisia: the consultation of Foreign Affairs during the negotiation no longer blocks a
 * file without anyone noticing: it is due 30 days after it is asked (a setting), and an
 * unanswered one is escalated on the agreement's timeline, its priority raised.
 */
@ProcessTest
class ConsultationDueProcessTest {

	private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

	@Autowired
	private ProcessDriver driver;

	@BeforeEach
	void today() {
		this.driver.today(DAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anUnansweredConsultationIsDueThenEscalated() {
		Agreement agreement = this.driver.draft("gafsa", LegalBasis.TN_CODE_ART_40);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(DAY, "EXPRESS"));

		assertThat(this.driver.task(agreement, ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS).getDueDate())
			.isEqualTo(Date.from(DAY.plusDays(30).atStartOfDay(ProcessDriver.ZONE).toInstant()));
		this.driver.moveTo(DAY.plusDays(29));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).isEmpty();

		this.driver.moveTo(DAY.plusDays(30));

		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION))
			.containsExactly(ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS);
		assertThat(this.driver.priority(agreement, ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS)).isGreaterThan(50);
		assertThat(this.driver.openTasks(agreement)).containsExactly(ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS);
	}

}
