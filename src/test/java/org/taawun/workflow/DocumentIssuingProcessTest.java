package org.taawun.workflow;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.document.IssuedDocument;
import org.taawun.identity.Account;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.ApprovalDz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps that produce a document issue it after a save point, in parallel with the
 * people's work, and record which step issued it.
 */
@ProcessTest
class DocumentIssuingProcessTest {

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Documents documents;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Autowired
	private Journeys journeys;

	@Test
	void issuesEveryDocumentOfTheAlgerianPathToForce() {

		LocalDate day = LocalDate.of(2026, 6, 1);
		this.driver.today(day);
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", day.plusYears(3));

		assertThat(this.documents.of(agreement.id(), Account.system())).extracting(IssuedDocument::kind)
			.containsExactlyInAnyOrder(DocumentKind.INITIATIVE_NOTE, DocumentKind.CONVENTION_DRAFT,
					DocumentKind.DELIBERATION_EXTRACT, DocumentKind.REFERRAL_LETTER, DocumentKind.REFERRAL_LETTER,
					DocumentKind.APPROVAL_DECISION, DocumentKind.CONVENTION, DocumentKind.SIGNING_RECORD);

		// the final text goes to the partner on approval; the signature adds its record
		assertThat(this.documents.of(agreement.id(), Account.system()))
			.filteredOn((document) -> document.kind() == DocumentKind.CONVENTION)
			.singleElement()
			.satisfies((finalText) -> assertThat(finalText.step()).isEqualTo("Gateway_ApprovalOutcome"));
		assertThat(this.documents.of(agreement.id(), Account.system()))
			.filteredOn((document) -> document.kind() == DocumentKind.SIGNING_RECORD)
			.singleElement()
			.satisfies((record) -> assertThat(record.step()).isEqualTo(AgreementLifecycle.Tasks.SIGN_AGREEMENT));

		assertThat(this.documents.of(agreement.id(), Account.system()))
			.filteredOn((document) -> document.kind() == DocumentKind.REFERRAL_LETTER)
			.extracting(IssuedDocument::step)
			.containsExactlyInAnyOrder(ApprovalDz.Tasks.DEPOSIT_WITH_WALI, ApprovalDz.Tasks.REVIEW_AT_WILAYA);

	}

	@Test
	void issuesTheInitiativeNoteWhenTheAgreementIsDraftedWithoutHoldingUpTheVetting() {
		this.driver.today(LocalDate.of(2026, 6, 1));
		Agreement agreement = this.driver.draft("gafsa", LegalBasis.TN_CODE_ART_40);
		assertThat(this.driver.openTasks(agreement)).containsExactly(AgreementLifecycle.Tasks.CHECK_ELIGIBILITY);
		assertThat(this.documents.of(agreement.id(), Account.system())).isEmpty();

		this.driver.runDueJobs();

		assertThat(this.documents.of(agreement.id(), Account.system())).singleElement().satisfies((document) -> {
			assertThat(document.kind()).isEqualTo(DocumentKind.INITIATIVE_NOTE);
			assertThat(document.step()).isEqualTo("StartEvent_AgreementDrafted");

			assertThat(document.number()).isEqualTo(agreement.reference() + "/NI-1");
		});
	}

}
