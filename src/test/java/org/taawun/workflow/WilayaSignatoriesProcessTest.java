package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.LegalBasis;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalDz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.signed;

/**
 * A wilaya's agreement is signed by whom the settings say: here the president of its APW,
 * then the wali, one after the other; a commune's by its executive alone (the other
 * process tests).
 */
@ProcessTest
@TestPropertySource(properties = "taawun.rules.wilaya-signatory=APW_PRESIDENT_AND_WALI")
class WilayaSignatoriesProcessTest {

	private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private TaskService tasks;

	@BeforeEach
	void today() {
		this.driver.today(DAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void thePresidentOfTheApwSignsThenTheWali() {
		Agreement agreement = approvedForTheWilaya("wilaya-tlemcen");

		assertThat(offeredTo(agreement)).containsExactly("executive-wilaya-tlemcen");
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(DAY, DAY.plusYears(5)));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.APPROVED);

		assertThat(offeredTo(agreement)).containsExactly("wali-office-tlemcen");
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(DAY, DAY.plusYears(5)));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SIGNED);
		assertThat(this.driver.openTasks(agreement)).doesNotContain(Tasks.SIGN_AGREEMENT);
	}

	@Test
	void aCommunesExecutiveSignsAlone() {
		Agreement agreement = this.driver.draft("tlemcen", LegalBasis.DZ_DECREE_17_329);
		approve(agreement);

		assertThat(offeredTo(agreement)).containsExactly("executive-tlemcen");
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(DAY, DAY.plusYears(5)));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SIGNED);
	}

	private Agreement approvedForTheWilaya(String code) {
		this.driver.register(code, Jurisdiction.DZ, AuthorityKind.WILAYA);
		Agreement agreement = this.driver.draft(code, LegalBasis.DZ_DECREE_17_329);
		approve(agreement);
		return agreement;
	}

	private void approve(Agreement agreement) {
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(DAY, "EXPRESS"));
		this.driver.complete(agreement, ApprovalDz.Tasks.RECORD_DELIBERATION, deliberation(DAY, 30, 3, "FOR"));
		if (this.driver.openTasks(agreement).contains(ApprovalDz.Tasks.DEPOSIT_WITH_WALI)) {
			this.driver.complete(agreement, ApprovalDz.Tasks.DEPOSIT_WITH_WALI, Submissions.deposited(DAY));
			this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_WILAYA, Submissions.waliOpinion(DAY));
		}
		this.driver.complete(agreement, ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_MINISTRY, referredToPrimeMinister());
		this.driver.complete(agreement, ApprovalDz.Tasks.GRANT_PRIOR_APPROVAL, priorApproval(DAY));
		this.driver.partnerAcceptsTheFinalText(agreement);
	}

	private List<String> offeredTo(Agreement agreement) {
		return this.tasks.getIdentityLinksForTask(this.driver.task(agreement, Tasks.SIGN_AGREEMENT).getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.toList();
	}

}
