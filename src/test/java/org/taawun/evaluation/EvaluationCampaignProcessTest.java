package org.taawun.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import org.taawun.agreement.Agreement;
import org.taawun.document.ActFacts;
import org.taawun.document.CampaignResult;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.CampaignJourneys;
import org.taawun.workflow.ProcessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A ministry's evaluation campaign on the engine: it starts the year's evaluation where
 * an agreement in force has none and leaves alone the one already under way, each report
 * due on the campaign's day; who reported, who is awaited and who is late; the year's
 * plan beside the report; what the country's report counts.
 */
@ProcessTest
class EvaluationCampaignProcessTest {

	private static final Account MICLAT = Account.of("miclat.campaign", Set.of(Role.MINISTRY_INTERIOR.group()));

	@Autowired
	private CampaignJourneys journeys;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private CampaignStarts starts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CampaignFollowUp followUp;

	@Autowired
	private CampaignReports reports;

	@Autowired
	private CampaignResults results;

	@Autowired
	private ActionPlans plans;

	@Autowired
	private TaskService tasks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void startsTheYearsEvaluationsWhereNoneIsUnderWayAndFollowsWhoReported() {
		// given: one agreement in force since 2026, whose evaluation of 2026 opened on 1
		// January, and one in force since January 2027, which has none
		String early = "eval-early-" + System.nanoTime() % 100000;
		String late = "eval-late-" + System.nanoTime() % 100000;
		Agreement evaluating = this.journeys.inForceOn(early, LocalDate.of(2026, 3, 2));
		// which delivered a joint project that year
		this.journeys.moveTo(LocalDate.of(2026, 9, 15));
		this.journeys.deliverProject(evaluating, "Réhabilitation de la médina");
		this.journeys.moveTo(LocalDate.of(2027, 1, 5));
		Agreement newcomer = this.journeys.inForceOn(late, LocalDate.of(2027, 1, 5));
		assertThat(evaluationTasks(evaluating)).hasSize(1);
		assertThat(evaluationTasks(newcomer)).isEmpty();
		// and one in force in the register whose lifecycle the engine does not hold
		String lifeless = "EVAL-LIFELESS-" + System.nanoTime() % 100000;
		this.jdbc.sql("""
				insert into agreement (reference, jurisdiction, legal_basis, local_authority, instrument, title_ar,
				    title_fr, partner_name, partner_city, partner_country, partner_email, partner_language, state,
				    created_by, created_at, updated_at, version)
				values (?, 'DZ', 'DZ_DECREE_17_329', ?, 'TWINNING', 'توأمة', 'Jumelage', 'Ville', 'Ville', 'FR',
				    null, 'fr', 'IN_FORCE', 'test', current_timestamp, current_timestamp, 0)""")
			.params(lifeless, early)
			.update();

		// when: the campaign opens, and its evaluations start in the background
		LocalDate due = LocalDate.of(2027, 4, 30);
		Campaigns.Opened opened = this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2026, due), MICLAT);
		this.starts.startPending();

		// then: every agreement was tried, the one without a lifecycle stopping nothing
		// else; the newcomer evaluates 2026 by the campaign's day, the other keeps its
		// one
		assertThat(this.starts.progress(opened.campaign().id())).satisfies((progress) -> {
			assertThat(progress.toStart()).isEqualTo(opened.evaluationsToStart());
			assertThat(progress.running()).isFalse();
			assertThat(progress.started()).isPositive().isLessThan(progress.toStart());
		});
		assertThat(this.jdbc.sql("""
				select s.outcome from campaign_start s join agreement a on a.id = s.agreement_id
				where s.campaign_id = ? and a.reference in (?, ?, ?) order by a.reference""")
			.params(opened.campaign().id(), lifeless, evaluating.reference(), newcomer.reference())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("NOT_IN_FORCE", "ALREADY", "STARTED");
		assertThat(evaluationTasks(evaluating)).singleElement()
			.satisfies((task) -> assertThat(task.getDueDate()).isEqualTo(midnight(LocalDate.of(2027, 3, 31))));
		assertThat(evaluationTasks(newcomer)).singleElement()
			.satisfies((task) -> assertThat(task.getDueDate()).isEqualTo(midnight(due)));
		Campaign campaign = opened.campaign();
		assertThat(status(campaign, early)).isEqualTo(AuthorityProgress.Status.AWAITED);
		assertThat(status(campaign, late)).isEqualTo(AuthorityProgress.Status.AWAITED);

		// the year's plan, then the report, of the newcomer
		this.plans.keep(newcomer.id(), 2026,
				new ActionPlan(LocalDate.of(2027, 1, 5), 3, 1, new BigDecimal("120000.50"), "EUR",
						"Commune 60 %, partenaire 40 %", "Deux missions techniques, un chantier-école."),
				Account.of("sec." + late, Set.of(Role.SECRETARIAT.group(late))));
		this.journeys.writeEvaluation(newcomer, "Une mission technique, le chantier-école commencé.");
		assertThat(status(campaign, late)).isEqualTo(AuthorityProgress.Status.REPORTED);
		assertThat(this.reports.sideBySide(campaign, late)).singleElement().satisfies((report) -> {
			assertThat(report.reference()).isEqualTo(newcomer.reference());
			assertThat(report.achievements()).isEqualTo("Une mission technique, le chantier-école commencé.");
			assertThat(report.planned().visits()).isEqualTo(3);
			assertThat(report.planned().budget()).isEqualByComparingTo("120000.50");
			assertThat(report.visitsDone()).isZero();
		});

		assertThat(this.plans.plannedAndDone(newcomer.id(), 2026)).isEqualTo(
				new ActFacts.PlannedAndDone(2026, 3, 0, 1, 0, 0, "120 000,50 EUR", "Commune 60 %, partenaire 40 %"));
		assertThat(this.plans.plannedAndDone(evaluating.id(), 2026))
			.isEqualTo(new ActFacts.PlannedAndDone(2026, null, 0, null, 1, 0, null, null));
		assertThat(this.plans.plannedAndDone(evaluating.id(), 2027).projectsDone()).isZero();

		// past the due day, the other is late, and the ministry reminds it alone
		this.journeys.moveTo(due.plusDays(1));
		assertThat(status(campaign, early)).isEqualTo(AuthorityProgress.Status.LATE);
		assertThat(this.followUp.remind(campaign, early, MICLAT)).extracting((authority) -> authority.code())
			.containsExactly(early);
		assertThat(this.followUp.remind(campaign, late, MICLAT)).isEmpty();
		assertThat(progress(campaign, early).lastReminder()).isNotNull();

		CampaignResult result = this.results.of(campaign);
		assertThat(result.reportsWritten()).isPositive();
		assertThat(result.projects()).isPositive();
		assertThat(result.byPartnerCountry())
			.contains(new CampaignResult.Money("TR", "EUR", new BigDecimal("120000.50")));
		assertThat(result.authorities()).anySatisfy((line) -> {
			assertThat(line.authority().code()).isEqualTo(early);
			assertThat(line.late()).isTrue();
		});
	}

	@Test
	void opensACampaignOnceForAnEndedYearByTheMinistryThatKeepsTheInventory() {
		this.journeys.moveTo(LocalDate.of(2029, 2, 1));
		Account secretary = Account.of("sec.oran", Set.of(Role.SECRETARIAT.group("oran")));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2028, null), secretary));
		assertThatExceptionOfType(InvalidSubmissionException.class)
			.isThrownBy(() -> this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2029, null), MICLAT))
			.satisfies(
					(refused) -> assertThat(refused.violations()).extracting((v) -> v.field()).containsExactly("year"));
		assertThatExceptionOfType(InvalidSubmissionException.class)
			.isThrownBy(() -> this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2028, LocalDate.of(2029, 1, 31)),
					MICLAT))
			.satisfies(
					(refused) -> assertThat(refused.violations()).extracting((v) -> v.field()).containsExactly("due"));

		Campaign opened = this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2028, null), MICLAT).campaign();
		assertThat(opened.due()).isEqualTo(LocalDate.of(2029, 3, 31));
		assertThatExceptionOfType(InvalidSubmissionException.class)
			.isThrownBy(() -> this.campaigns.open(new CampaignOpening(Jurisdiction.DZ, 2028, null), MICLAT))
			.satisfies(
					(refused) -> assertThat(refused.violations()).extracting((v) -> v.field()).containsExactly("year"));
		assertThat(this.campaigns.seenBy(MICLAT)).contains(opened);
		assertThat(this.campaigns.visible(opened.id(), secretary)).isEmpty();
	}

	private List<org.camunda.bpm.engine.task.Task> evaluationTasks(Agreement agreement) {
		return this.journeys.evaluationTasks(agreement);
	}

	private AuthorityProgress.Status status(Campaign campaign, String authority) {
		return progress(campaign, authority).status();
	}

	private AuthorityProgress progress(Campaign campaign, String authority) {
		return this.followUp.progress(campaign)
			.stream()
			.filter((progress) -> progress.authority().code().equals(authority))
			.findFirst()
			.orElseThrow();
	}

	private static Date midnight(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.of("Africa/Algiers")).toInstant());
	}

}
