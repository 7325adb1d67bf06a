package org.taawun.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.AgreementNotInForceException;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Agreements;
import org.taawun.document.ActFacts;
import org.taawun.document.CampaignResultPdf;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.identity.Role;

/**
 * The action plans joint committees adopt, one per agreement in force and year, kept by
 * the agreement's secretariat.
 */
@Service
public class ActionPlans {

	/** The states in which an agreement carries out a plan. */
	private static final Set<AgreementState> CARRIED_OUT = Set.of(AgreementState.IN_FORCE, AgreementState.SUSPENDED);

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final Clock clock;

	private final Refusals refusals;

	private final YearActivities activities;

	ActionPlans(JdbcClient jdbc, Agreements agreements, Refusals refusals, YearActivities activities, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.refusals = refusals;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * Keeps the year's plan of the agreement, replacing the one adopted before.
	 * @throws AgreementNotFoundException if the keeper may not see the agreement
	 * @throws AccessDeniedException unless the keeper is its authority's secretariat
	 * @throws AgreementNotInForceException unless the agreement is in force or suspended
	 * @throws InvalidSubmissionException for a year too far from today or an adoption to
	 * come
	 */
	@Transactional
	public void keep(long agreementId, int year, ActionPlan plan, Account keeper) {
		Agreement agreement = this.agreements.visible(agreementId, keeper)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		if (!keeper.has(Role.SECRETARIAT, agreement.localAuthority())) {
			throw new AccessDeniedException("Only the authority's secretariat keeps its action plans");
		}
		if (!CARRIED_OUT.contains(agreement.state())) {
			throw new AgreementNotInForceException(agreement.reference(), agreement.state());
		}
		int thisYear = LocalDate.now(this.clock).getYear();
		if (year < thisYear - 5 || year > thisYear + 1) {
			throw this.refusals.of("year", "plan.year.invalid");
		}
		if (plan.adoptedOn().isAfter(LocalDate.now(this.clock))) {
			throw this.refusals.of("adoptedOn", "plan.adopted-on.future");
		}
		// replaced as a whole, in one transaction, the same way on PostgreSQL and H2
		this.jdbc.sql("delete from action_plan where agreement_id = ? and plan_year = ?")
			.params(agreementId, year)
			.update();
		this.jdbc
			.sql("""
					insert into action_plan (agreement_id, plan_year, adopted_on, planned_visits, planned_projects, budget,
					    currency, paid_by, activities, recorded_by, recorded_at)
					values (:agreement, :year, :adopted, :visits, :projects, :budget, :budgetCurrency, :paidBy, :activities, :by, :at)""")
			.param("agreement", agreementId)
			.param("year", year)
			.param("adopted", plan.adoptedOn())
			.param("visits", plan.plannedVisits())
			.param("projects", plan.plannedProjects())
			.param("budget", plan.budget())
			.param("budgetCurrency", plan.budgetCurrency())
			.param("paidBy", plan.paidBy().strip())
			.param("activities", plan.activities())
			.param("by", keeper.userId())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The agreement's plans the viewer may see, latest year first. */
	@Transactional(readOnly = true)
	public List<ActionPlan.OfYear> of(long agreementId, Account viewer) {
		if (this.agreements.visible(agreementId, viewer).isEmpty()) {
			throw new AgreementNotFoundException(agreementId);
		}
		return this.jdbc
			.sql("""
					select agreement_id, plan_year, adopted_on, planned_visits, planned_projects, budget, currency as budget_currency, paid_by,
					    activities
					from action_plan where agreement_id = ? order by plan_year desc""")
			.param(agreementId)
			.query((rs, row) -> new ActionPlan.OfYear(rs.getLong("agreement_id"), rs.getInt("plan_year"),
					new ActionPlan(rs.getObject("adopted_on", LocalDate.class), rs.getInt("planned_visits"),
							rs.getInt("planned_projects"), rs.getBigDecimal("budget"), rs.getString("budget_currency"),
							rs.getString("paid_by"), rs.getString("activities"))))
			.list();
	}

	/**
	 * What the agreement's plan for the year planned, beside what was done, as its annual
	 * evaluation report prints it.
	 */
	@Transactional(readOnly = true)
	public ActFacts.PlannedAndDone plannedAndDone(long agreementId, int year) {
		YearActivities.Done done = this.activities.of(agreementId, year);
		return this.jdbc.sql("""
				select planned_visits, planned_projects, budget, currency as budget_currency, paid_by from action_plan
				where agreement_id = ? and plan_year = ?""")
			.params(agreementId, year)
			.query((rs, row) -> new ActFacts.PlannedAndDone(year, rs.getInt("planned_visits"), done.visits(),
					rs.getInt("planned_projects"), done.projects(), done.donations(),
					CampaignResultPdf.written(rs.getBigDecimal("budget"), rs.getString("budget_currency")),
					rs.getString("paid_by")))
			.optional()
			.orElseGet(() -> new ActFacts.PlannedAndDone(year, null, done.visits(), null, done.projects(),
					done.donations(), null, null));
	}

	/** Whether the account keeps the agreement's plans: its authority's secretariat. */
	public boolean mayKeep(Agreement agreement, Account account) {
		return account.has(Role.SECRETARIAT, agreement.localAuthority()) && CARRIED_OUT.contains(agreement.state());
	}

}
