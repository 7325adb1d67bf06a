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
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.TimelineEntry;
import org.taawun.form.FormViolation;
import org.taawun.lessons.Lesson;
import org.taawun.lessons.LessonQuery;
import org.taawun.lessons.Lessons;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.Amendment;
import org.taawun.workflow.model.AnnualEvaluation;
import org.taawun.workflow.model.ApprovalDz;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.model.VisitOrDelegation;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.ministryRefusal;
import static org.taawun.workflow.Submissions.of;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.waliOpinion;

/**
 * What happens while an agreement is in force, every path: visits with their late
 * reports, projects and foreign donations, the annual evaluation and its escalation, and
 * amendments that go through the approval again while the agreement stays in force.
 */
@ProcessTest
class InForceProcessesTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Journeys journeys;

	@Autowired
	private Lessons lessons;

	@BeforeEach
	void startOnAMonday() {
		this.driver.today(START);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void remindsAndEscalatesAMissionReportLateAfterTheReturn() {
		Agreement agreement = inForce("oran");
		LocalDate back = START.plusDays(20);
		this.driver.correlate(agreement, Messages.VISIT_REQUESTED,
				Map.of(VisitOrDelegation.Vars.DIRECTION, "OUTGOING", VisitOrDelegation.Vars.PURPOSE,
						"Formation du personnel", VisitOrDelegation.Vars.DEPARTURE_DATE, START.plusDays(16).toString(),
						VisitOrDelegation.Vars.RETURN_DATE, back.toString()));
		this.driver.complete(agreement, VisitOrDelegation.Tasks.APPROVE_VISIT, of("visitDecision", "APPROVE"));
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, VisitOrDelegation.Tasks.ISSUE_MISSION_ORDER,
					of("missionOrderNumber", "OM-2026-07", "delegationMembers", "Le P/APC, deux élus")))
			.withMessageContaining("delegationMembers");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, VisitOrDelegation.Tasks.ISSUE_MISSION_ORDER,
					of("missionOrderNumber", "OM-2026-07", "delegationMembers", List.of())))
			.withMessageContaining("delegationMembers");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, VisitOrDelegation.Tasks.ISSUE_MISSION_ORDER,
					of("missionOrderNumber", "OM-2026-07", "delegationMembers",
							List.of(Map.of("fullName", "Mohamed Benali", "office", "P/APC"), Map.of("fullName", "")))))
			.withMessageContaining("delegationMembers[1].fullName")
			.withMessageContaining("delegationMembers[1].office");
		this.driver.complete(agreement, VisitOrDelegation.Tasks.ISSUE_MISSION_ORDER,
				of("missionOrderNumber", "OM-2026-07", "delegationMembers",
						List.of(Map.of("fullName", "Mohamed Benali", "office", "P/APC"),
								Map.of("fullName", "Amina Kaci", "office", "Élue"))));
		this.driver.moveTo(back.minusDays(1));
		assertThat(this.driver.openTasks(agreement)).doesNotContain(VisitOrDelegation.Tasks.WRITE_MISSION_REPORT);

		this.driver.moveTo(back.plusDays(10));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.REMINDER))
			.containsExactly(VisitOrDelegation.Tasks.WRITE_MISSION_REPORT);
		this.driver.moveTo(back.plusDays(15));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION))
			.containsExactly(VisitOrDelegation.Tasks.WRITE_MISSION_REPORT);
		this.driver.complete(agreement, VisitOrDelegation.Tasks.WRITE_MISSION_REPORT,
				of("missionReport", "Visite des services techniques de la ville partenaire."));

		assertThat(this.driver.openTasks(agreement)).isEmpty();
		assertThat(this.driver.passed(this.driver.calledInstance(agreement, VisitOrDelegation.KEY)))
			.containsSubsequence(VisitOrDelegation.Tasks.APPROVE_VISIT, VisitOrDelegation.Tasks.ISSUE_MISSION_ORDER,
					"Timer_DelegationBack", VisitOrDelegation.Tasks.WRITE_MISSION_REPORT, "EndEvent_VisitReported");
	}

	@Test
	void endsAVisitTheExecutiveRejects() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.VISIT_REQUESTED,
				Map.of(VisitOrDelegation.Vars.DIRECTION, "INCOMING", VisitOrDelegation.Vars.PURPOSE, "Festival",
						VisitOrDelegation.Vars.DEPARTURE_DATE, START.toString(), VisitOrDelegation.Vars.RETURN_DATE,
						START.plusDays(3).toString()));

		this.driver.complete(agreement, VisitOrDelegation.Tasks.APPROVE_VISIT, of("visitDecision", "REJECT"));

		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void needsTheWalisApprovalBeforeAnAlgerianCommuneAcceptsAForeignDonation() {
		Agreement approvedDonation = inForce("oran");
		proposeDonation(approvedDonation);
		this.driver.complete(approvedDonation, ProjectOrDonation.Tasks.APPROVE_DONATION,
				of("donationDecision", "APPROVE"));
		this.driver.complete(approvedDonation, ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT,
				of("projectOutcome", "DELIVERED", "closedOn", START.toString()));
		assertThat(this.driver.passed(this.driver.calledInstance(approvedDonation, ProjectOrDonation.KEY)))
			.containsSubsequence(ProjectOrDonation.Tasks.RECORD_DONATION_DELIBERATION,
					ProjectOrDonation.Tasks.APPROVE_DONATION, ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT);

		Agreement refusedDonation = inForce("annaba");
		proposeDonation(refusedDonation);
		this.driver.complete(refusedDonation, ProjectOrDonation.Tasks.APPROVE_DONATION,
				of("donationDecision", "REFUSE", "donationNotes", "Origine des fonds non établie."));
		assertThat(this.driver.openTasks(refusedDonation)).isEmpty();
	}

	@Test
	void endsADonationTheCouncilRefusesWithoutAskingTheWali() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED,
				Map.of(ProjectOrDonation.Vars.KIND, "DONATION", ProjectOrDonation.Vars.TITLE, "Véhicules de collecte"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
				of("projectDescription", "Deux bennes tasseuses.", "estimatedValue", 90000, "currency", "EUR"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.RECORD_DONATION_DELIBERATION,
				of("donationDeliberationNumber", "22/2026", "donationSessionDate", START.toString(), "donationAccepted",
						false));

		assertThat(this.driver.openTasks(agreement)).isEmpty();
		assertThat(this.driver.passed(this.driver.calledInstance(agreement, ProjectOrDonation.KEY)))
			.contains("EndEvent_DonationRefusedByCouncil")
			.doesNotContain(ProjectOrDonation.Tasks.APPROVE_DONATION, ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT);
	}

	@Test
	void refusesADonationRelabelledAsAProjectToSkipTheWali() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED, Map.of(ProjectOrDonation.Vars.KIND, "DONATION",
				ProjectOrDonation.Vars.TITLE, "Équipement de la bibliothèque"));

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
					of("projectKind", "PROJECT", "projectDescription", "Mobilier et ouvrages.")))
			.satisfies((refused) -> assertThat(refused.violations()).extracting(FormViolation::field)
				.containsExactly("projectKind"));
		assertThat(this.driver.openTasks(agreement)).containsExactly(ProjectOrDonation.Tasks.DESCRIBE_PROJECT);
		// sent back as it was shown, the read-only field is accepted
		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
				of("projectKind", "DONATION", "projectDescription", "Mobilier et ouvrages."));
		assertThat(this.driver.openTasks(agreement))
			.containsExactly(ProjectOrDonation.Tasks.RECORD_DONATION_DELIBERATION);
	}

	@Test
	void followsAJointProjectWithoutSupervisoryApproval() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED, Map.of(ProjectOrDonation.Vars.KIND, "PROJECT",
				ProjectOrDonation.Vars.TITLE, "Réhabilitation de la médina"));

		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
				of("projectDescription", "Études et chantier-école.", "estimatedValue", 690000, "currency", "EUR"));

		assertThat(this.driver.openTasks(agreement)).containsExactly(ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT);
		this.driver.complete(agreement, ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT,
				of("projectOutcome", "NOT_DELIVERED", "closedOn", START.toString()));
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void opensTheAnnualEvaluationOnTheFirstOfJanuaryAndEscalatesItThirtyDaysAfterItsDueDate() {
		Agreement agreement = inForce("oran");
		LocalDate newYear = LocalDate.of(START.getYear() + 1, 1, 1);

		this.driver.moveTo(newYear);
		assertThat(this.driver.openTasks(agreement)).containsExactly(AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT);
		LocalDate due = LocalDate.of(newYear.getYear(), 3, 31);
		assertThat(this.driver.task(agreement, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT).getDueDate())
			.isEqualTo(java.util.Date.from(due.atStartOfDay(ProcessDriver.ZONE).toInstant()));
		this.driver.moveTo(due.plusDays(29));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION)).isEmpty();
		this.driver.moveTo(due.plusDays(30));
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.ESCALATION))
			.containsExactly(AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT);

		this.driver.complete(agreement, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
				of("achievements", "Deux visites, une formation.", "nextYearPlan", "Un chantier-école."));
		this.driver.complete(agreement, AnnualEvaluation.Tasks.PRESENT_EVALUATION_TO_COUNCIL,
				of("presentedOn", due.plusDays(30).toString()));
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void recordsTheConsultationOfAssociationsAnEvaluationHeldWithWhoCameAndWhatTheyProposed() {
		Agreement agreement = inForce("oran");
		this.driver.moveTo(LocalDate.of(START.getYear() + 1, 1, 1));
		LocalDate day = LocalDate.of(START.getYear() + 1, 1, 1);

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
					of("achievements", "Deux visites.", "nextYearPlan", "Un chantier-école.", "civilSocietyConsulted",
							true, "consultationDate", day.toString())))
			.withMessageContaining("associationsPresent")
			.withMessageContaining("associationProposals")
			.withMessageContaining("proposalsKept");
		this.driver.complete(agreement, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
				of("achievements", "Deux visites.", "nextYearPlan", "Un chantier-école.", "civilSocietyConsulted", true,
						"consultationDate", day.toString(), "associationsPresent",
						"Association des parents d’élèves\nجمعية الحي للتنمية", "associationProposals",
						"Un jardin partagé", "proposalsKept", "Le jardin partagé, au plan de l’année"));

		assertThat(this.driver.openTasks(agreement))
			.containsExactly(AnnualEvaluation.Tasks.PRESENT_EVALUATION_TO_COUNCIL);
	}

	@Test
	void sharesTheLessonTheReportsAuthorChoseToShareOnceAndNoOther() {
		Agreement shared = inForce("oran");
		Agreement kept = inForce("annaba");
		this.driver.moveTo(LocalDate.of(START.getYear() + 1, 1, 1));
		String worked = "Un chantier-école de tri des déchets avec les associations du quartier " + System.nanoTime();
		// a lesson to share needs its field, what worked, what did not and whom to ask
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(shared, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
					of("achievements", "Deux visites.", "nextYearPlan", "Un chantier-école.", "lessonShared", true,
							"lessonField", "ENVIRONMENT")))
			.withMessageContaining("lessonWorked")
			.withMessageContaining("lessonContact");
		this.driver.complete(shared, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
				of("achievements", "Deux visites.", "nextYearPlan", "Un chantier-école.", "lessonShared", true,
						"lessonField", "ENVIRONMENT", "lessonWorked", worked, "lessonDidNotWork",
						"La collecte séparée sans bacs dédiés.", "lessonContact", "Service de l’environnement"));
		this.driver.complete(kept, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT,
				of("achievements", "Une visite.", "nextYearPlan", "Une formation.", "lessonShared", false));

		List<Lesson> found = this.lessons.search(new LessonQuery(CooperationField.ENVIRONMENT, null, worked));
		assertThat(found).singleElement().satisfies((lesson) -> {
			assertThat(lesson.authority().code()).isEqualTo("oran");
			assertThat(lesson.year()).isEqualTo(START.getYear());
			assertThat(lesson.didNotWork()).isEqualTo("La collecte séparée sans bacs dédiés.");
			assertThat(lesson.contactOffice()).isEqualTo("Service de l’environnement");
		});
		assertThat(this.lessons.search(new LessonQuery(null, null, null)))
			.noneMatch((lesson) -> lesson.authority().code().equals("annaba"));
	}

	@Test
	void amendsThroughTheApprovalAgainWhileTheAgreementStaysInForce() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.AMENDMENT_REQUESTED, Map.of());
		this.driver.complete(agreement, Amendment.Tasks.DRAFT_AMENDMENT,
				of("amendmentSummary", "Ajout du domaine de l’eau.", "amendedClauses", List.of("C4", "C8")));
		approveAgain(agreement);

		this.driver.complete(agreement, Amendment.Tasks.SIGN_AMENDMENT, of("amendmentSignatureDate", START.toString()));

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.AMENDMENT_STEP)).containsSubsequence("COUNCIL",
				"SUPERVISORY_REVIEW", "APPROVED", "SIGNED");
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	@Test
	void dropsAnAmendmentThatIsRefused() {
		Agreement agreement = inForce("oran");
		this.driver.correlate(agreement, Messages.AMENDMENT_REQUESTED, Map.of());
		this.driver.complete(agreement, Amendment.Tasks.DRAFT_AMENDMENT,
				of("amendmentSummary", "Extension aux sports.", "amendedClauses", List.of("C4")));
		this.driver.complete(agreement, ApprovalDz.Tasks.RECORD_DELIBERATION, deliberation(START, 20, 10, "FOR"));
		this.driver.complete(agreement, ApprovalDz.Tasks.DEPOSIT_WITH_WALI, deposited(START));
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_WILAYA, waliOpinion(START));
		this.driver.complete(agreement, ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());

		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_MINISTRY, ministryRefusal());

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.AMENDMENT_STEP)).contains("REFUSED", "ABANDONED");
		assertThat(this.driver.openTasks(agreement)).isEmpty();
	}

	private Agreement inForce(String authority) {
		return this.journeys.inForce(authority, "EXPRESS", START.plusYears(5));
	}

	private void proposeDonation(Agreement agreement) {
		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED, Map.of(ProjectOrDonation.Vars.KIND, "DONATION",
				ProjectOrDonation.Vars.TITLE, "Équipement de la bibliothèque"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT,
				of("projectDescription", "Mobilier et ouvrages.", "estimatedValue", 40000, "currency", "EUR"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.RECORD_DONATION_DELIBERATION,
				of("donationDeliberationNumber", "21/2026", "donationSessionDate", START.toString(), "donationAccepted",
						true));
	}

	private void approveAgain(Agreement agreement) {
		this.driver.complete(agreement, ApprovalDz.Tasks.RECORD_DELIBERATION, deliberation(START, 20, 10, "FOR"));
		this.driver.complete(agreement, ApprovalDz.Tasks.DEPOSIT_WITH_WALI, deposited(START));
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_WILAYA, waliOpinion(START));
		this.driver.complete(agreement, ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_MINISTRY, referredToPrimeMinister());
		this.driver.complete(agreement, ApprovalDz.Tasks.GRANT_PRIOR_APPROVAL, priorApproval(START));
	}

}
