package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.Amendment;
import org.taawun.workflow.model.ApprovalTn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.workflow.Submissions.of;

/**
 * An amendment follows the law in force when it is made: a Tunisian twinning concluded
 * before 2018 (the route through the Ministry of the Interior) is amended under article
 * 40, consulting Foreign Affairs, while the register keeps the basis it was concluded
 * under.
 */
@ProcessTest
class AmendmentUnderTheLawOfTheDayProcessTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	private ProcessDriver driver;

	@BeforeEach
	void today() {
		this.driver.today(TODAY);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anAgreementConcludedBefore2018IsAmendedUnderArticle40() {
		LocalDate signed = LocalDate.of(2013, 6, 6);
		Agreement agreement = this.driver
			.reload(this.driver.bringIn("gafsa", LegalBasis.TN_BEFORE_2018, AgreementState.IN_FORCE,
					new HistoricAgreement.Dates(null, null, null, signed, signed, null, signed), null));

		this.driver.correlate(agreement, Messages.AMENDMENT_REQUESTED, Map.of());
		this.driver.complete(agreement, Amendment.Tasks.DRAFT_AMENDMENT,
				of("amendmentSummary", "Ajout de la gestion des déchets.", "amendedClauses", List.of("C4")));

		assertThat(this.driver.openTasks(agreement)).containsExactly(ApprovalTn.Tasks.CONSULT_FOREIGN_AFFAIRS);
		assertThat(this.driver.reload(agreement).legalBasis()).isEqualTo(LegalBasis.TN_BEFORE_2018);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

}
