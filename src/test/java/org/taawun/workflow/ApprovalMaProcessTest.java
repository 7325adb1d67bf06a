package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Decisions;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.Amendment;
import org.taawun.workflow.model.ApprovalMa;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.governorVisa;
import static org.taawun.workflow.Submissions.ministryApprovalMa;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.sentToGovernor;
import static org.taawun.workflow.Submissions.sentToGovernorWithFunding;
import static org.taawun.workflow.Submissions.signed;
import static org.taawun.workflow.model.ApprovalMa.Tasks.APPROVE_AT_MINISTRY;
import static org.taawun.workflow.model.ApprovalMa.Tasks.GIVE_GOVERNOR_VISA;
import static org.taawun.workflow.model.ApprovalMa.Tasks.RECORD_DELIBERATION;
import static org.taawun.workflow.model.ApprovalMa.Tasks.SEND_TO_GOVERNOR;

/**
 * The Moroccan approval of organic laws 113-14 and 112-14, every path: a commune's
 * agreement approved by the governor's visa alone; one bringing funding from abroad, and
 * every agreement of a prefecture, going on to the Ministry of the Interior; reasoned
 * refusals of the governor and of the Ministry, and resubmission; a council that rejects;
 * a late transmission and reviews left past their periods escalated, silence never
 * approving; in force, a donation approved by the Ministry and an amendment approved
 * again.
 */
@ProcessTest
class ApprovalMaProcessTest {

	private static final LocalDate SESSION = LocalDate.of(2026, 3, 2);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Decisions decisions;

	@BeforeEach
	void startOnSessionDay() {
		this.driver.today(SESSION);
		this.driver.register("rabat", Jurisdiction.MA, AuthorityKind.PREFECTURE_OR_PROVINCE);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void approvesACommunesAgreementByTheGovernorsVisa() {
		Agreement agreement = negotiatedAgreement("sefrou");

		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 5, "FOR"));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
		this.driver.moveTo(SESSION.plusDays(4));
		this.driver.complete(agreement, SEND_TO_GOVERNOR, sentToGovernor(SESSION.plusDays(4)));
		this.driver.moveTo(SESSION.plusDays(15));
		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, governorVisa(SESSION.plusDays(15)));

		String approval = this.driver.calledInstance(agreement, ApprovalMa.KEY);
		assertThat(this.driver.passed(approval)).containsSubsequence(RECORD_DELIBERATION, "Task_CountVotes",
				SEND_TO_GOVERNOR, GIVE_GOVERNOR_VISA, "EndEvent_ApprovedByVisa");
		assertThat(this.driver.passed(approval)).doesNotContain(APPROVE_AT_MINISTRY);
		Agreement approved = this.driver.reload(agreement);
		assertThat(approved.state()).isEqualTo(AgreementState.APPROVED);
		assertThat(approved.dates().deliberation()).isEqualTo(SESSION);
		assertThat(approved.dates().approval()).isEqualTo(SESSION.plusDays(15));
		assertThat(this.driver.lifecycleWaitsAt(agreement)).containsExactly(Tasks.PARTNER_ACCEPTANCE);
		this.driver.partnerAcceptsTheFinalText(agreement);
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.SIGN_AGREEMENT);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.STATE_CHANGED)).containsExactly("INITIATIVE",
				"VETTING", "NEGOTIATION", "COUNCIL", "SUPERVISORY_REVIEW", "APPROVED");
	}

	@Test
	void sendsACommunesAgreementBringingFundingFromAbroadOnToTheMinistry() {
		Agreement agreement = atGovernor("sefrou", true);

		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, governorVisa(SESSION));
		assertThat(this.driver.openTasks(agreement)).containsExactly(APPROVE_AT_MINISTRY);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
		this.driver.moveTo(SESSION.plusDays(40));
		this.driver.complete(agreement, APPROVE_AT_MINISTRY, ministryApprovalMa(SESSION.plusDays(40)));

		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalMa.KEY)))
			.containsSubsequence(GIVE_GOVERNOR_VISA, APPROVE_AT_MINISTRY, "EndEvent_ApprovedByMinistry");
		Agreement approved = this.driver.reload(agreement);
		assertThat(approved.state()).isEqualTo(AgreementState.APPROVED);
		assertThat(approved.dates().approval()).isEqualTo(SESSION.plusDays(40));
	}

	@Test
	void asksWhatFundingFromAbroadTheAgreementBringsAndWhenItWasSent() {
		Agreement agreement = negotiatedAgreement("sefrou");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 5, "FOR"));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, SEND_TO_GOVERNOR,
					of("sentToGovernorOn", SESSION.toString(), "foreignFunding", true)))
			.withMessageContaining("fundingDetails");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, SEND_TO_GOVERNOR, sentToGovernor(SESSION.minusDays(1))))
			.withMessageContaining("sentToGovernorOn");
		assertThat(this.driver.openTasks(agreement)).containsExactly(SEND_TO_GOVERNOR);
	}

	@Test
	void sendsEveryAgreementOfAPrefectureToTheMinistryWhichRefusesOnlyWithItsReasons() {
		Agreement agreement = atGovernor("rabat", false);
		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, governorVisa(SESSION));
		assertThat(this.driver.openTasks(agreement)).containsExactly(APPROVE_AT_MINISTRY);

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, APPROVE_AT_MINISTRY,
					of("ministryDecisionMa", "REFUSE", "decisionDate", SESSION.toString())))
			.withMessageContaining("refusalReason");
		this.driver.complete(agreement, APPROVE_AT_MINISTRY, of("ministryDecisionMa", "REFUSE", "decisionDate",
				SESSION.toString(), "refusalReason", "Le financement n’est pas conforme aux engagements du Royaume."));

		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalMa.KEY)))
			.contains("EndEvent_RefusedByMinistry");
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.REFUSED);
		assertThat(this.decisions.of(agreement.id())).filteredOn((d) -> d.step().equals(APPROVE_AT_MINISTRY))
			.singleElement()
			.satisfies((decision) -> assertThat(decision.answer()).isEqualTo("REFUSE"));
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "ABANDON"));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
	}

	@Test
	void aGovernorRefusesHisVisaWithReasonsAndTheFileIsReworkedAndResubmitted() {
		Agreement agreement = atGovernor("sefrou", false);

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, GIVE_GOVERNOR_VISA,
					of("governorDecision", "REFUSE", "decisionDate", SESSION.toString())))
			.withMessageContaining("refusalReason");
		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, of("governorDecision", "REFUSE", "decisionDate",
				SESSION.toString(), "refusalReason", "Le partenaire est un organe d’un État étranger."));

		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalMa.KEY)))
			.contains("EndEvent_RefusedByGovernor");
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.REFUSED);
		this.driver.complete(agreement, Tasks.DECIDE_AFTER_REFUSAL, of("afterRefusal", "REWORK"));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.NEGOTIATION);
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(SESSION, "EXPRESS"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(RECORD_DELIBERATION);
	}

	@Test
	void sendsTheDraftBackWhenTheCouncilRejectsIt() {
		Agreement agreement = negotiatedAgreement("sefrou");

		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 5, 20, "AGAINST"));

		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ApprovalMa.KEY)))
			.contains("EndEvent_CouncilRejected");
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.DECIDE_AFTER_REFUSAL);
	}

	@Test
	void escalatesALateTransmissionAndEveryReviewPastItsPeriodAndNeverApprovesBySilence() {
		Agreement agreement = negotiatedAgreement("rabat");
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 30, 3, "FOR"));
		assertThat(this.driver.task(agreement, SEND_TO_GOVERNOR).getDueDate())
			.isEqualTo(Date.from(SESSION.plusDays(15).atStartOfDay(ProcessDriver.ZONE).toInstant()));

		this.driver.moveTo(SESSION.plusDays(14));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).isEmpty();
		this.driver.moveTo(SESSION.plusDays(15));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).containsExactly(SEND_TO_GOVERNOR);
		this.driver.complete(agreement, SEND_TO_GOVERNOR, sentToGovernor(SESSION.plusDays(15)));

		this.driver.moveTo(SESSION.plusDays(35));
		assertThat(this.driver.priority(agreement, GIVE_GOVERNOR_VISA)).isEqualTo(90);
		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, governorVisa(SESSION.plusDays(35)));

		this.driver.moveTo(SESSION.plusDays(35 + 365));
		assertThat(this.driver.openTasks(agreement)).containsExactly(APPROVE_AT_MINISTRY);
		assertThat(this.driver.priority(agreement, APPROVE_AT_MINISTRY)).isEqualTo(90);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.SUPERVISORY_REVIEW);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).containsExactly(SEND_TO_GOVERNOR,
				GIVE_GOVERNOR_VISA, APPROVE_AT_MINISTRY);
	}

	@Test
	void inForceAMoroccanDonationGoesToTheMinistryAndAnAmendmentThroughTheGovernorAgain() {
		Agreement agreement = atGovernor("sefrou", false);
		this.driver.complete(agreement, GIVE_GOVERNOR_VISA, governorVisa(SESSION));
		this.driver.partnerAcceptsTheFinalText(agreement);
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(SESSION, SESSION.plusYears(3)));
		this.driver.runDueJobs();
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);

		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED, Map.of(ProjectOrDonation.Vars.KIND, "DONATION",
				ProjectOrDonation.Vars.TITLE, "Équipement de la médiathèque"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
				of("projectDescription", "Mobilier et ouvrages.", "estimatedValue", 40000, "currency", "EUR"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.RECORD_DONATION_DELIBERATION,
				of("donationDeliberationNumber", "09/2026", "donationSessionDate", SESSION.toString(),
						"donationAccepted", true));
		assertThat(this.driver.task(agreement, ProjectOrDonation.Tasks.APPROVE_DONATION).getDueDate())
			.isEqualTo(Date.from(SESSION.plusDays(30).atStartOfDay(ProcessDriver.ZONE).toInstant()));
		assertThat(this.driver.candidateGroups(agreement, ProjectOrDonation.Tasks.APPROVE_DONATION))
			.containsExactly("ministry-interior-ma");
		this.driver.complete(agreement, ProjectOrDonation.Tasks.APPROVE_DONATION, of("donationDecision", "APPROVE"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT);

		this.driver.correlate(agreement, Messages.AMENDMENT_REQUESTED, Map.of());
		this.driver.complete(agreement, Amendment.Tasks.DRAFT_AMENDMENT,
				of("amendmentSummary", "Ajout du domaine de l’eau.", "amendedClauses", List.of("C4")));
		assertThat(this.driver.openTasks(agreement)).contains(RECORD_DELIBERATION);
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
	}

	private Agreement negotiatedAgreement(String authority) {
		Agreement agreement = this.driver.draft(authority, LegalBasis.MA_ORGANIC_LAWS);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiated(SESSION, "EXPRESS"));
		return agreement;
	}

	private Agreement atGovernor(String authority, boolean foreignFunding) {
		Agreement agreement = negotiatedAgreement(authority);
		this.driver.complete(agreement, RECORD_DELIBERATION, deliberation(SESSION, 20, 5, "FOR"));
		this.driver.complete(agreement, SEND_TO_GOVERNOR,
				foreignFunding ? sentToGovernorWithFunding(SESSION) : sentToGovernor(SESSION));
		return agreement;
	}

}
