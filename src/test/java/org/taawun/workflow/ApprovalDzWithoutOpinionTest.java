package org.taawun.workflow;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalDz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.waliOpinion;

/**
 * The opinion of Foreign Affairs on Algerian files is a setting: switched off, the wali's
 * review goes straight to the Ministry of the Interior.
 */
@ProcessTest
@TestPropertySource(properties = "taawun.rules.foreign-affairs-opinion-dz=false")
class ApprovalDzWithoutOpinionTest {

	@Autowired
	private ProcessDriver driver;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void skipsTheOpinionOfForeignAffairsWhenTheSettingIsOff() {
		LocalDate day = LocalDate.of(2026, 4, 6);
		this.driver.today(day);
		Agreement agreement = this.driver.draft("oran", LegalBasis.DZ_DECREE_17_329);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(day, "EXPRESS"));
		this.driver.complete(agreement, ApprovalDz.Tasks.RECORD_DELIBERATION, deliberation(day, 20, 10, "FOR"));
		this.driver.complete(agreement, ApprovalDz.Tasks.DEPOSIT_WITH_WALI, deposited(day));

		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_WILAYA, waliOpinion(day));

		assertThat(this.driver.openTasks(agreement)).containsExactly(ApprovalDz.Tasks.REVIEW_AT_MINISTRY);
		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalDz.KEY)))
			.doesNotContain(ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION);
	}

}
