package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AnnualEvaluation;
import org.taawun.workflow.model.ProjectOrDonation;

/**
 * The engine's side of an evaluation campaign, for the tests of the feature that opens
 * campaigns: agreements in force on a day, the days passing, the evaluation tasks of an
 * agreement and their report written.
 */
@Component
public class CampaignJourneys {

	private final ProcessDriver driver;

	private final Journeys journeys;

	private final TaskService tasks;

	CampaignJourneys(ProcessDriver driver, Journeys journeys, TaskService tasks) {
		this.driver = driver;
		this.journeys = journeys;
		this.tasks = tasks;
	}

	/** An Algerian agreement of the authority, in force from that day for five years. */
	public Agreement inForceOn(String authority, LocalDate day) {
		this.driver.today(day);
		return this.journeys.inForce(authority, "EXPRESS", day.plusYears(5));
	}

	/** Moves the clock to that day, running what fell due. */
	public void moveTo(LocalDate day) {
		this.driver.moveTo(day);
	}

	/** The agreement's open tasks to write its annual evaluation report. */
	public List<Task> evaluationTasks(Agreement agreement) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(agreement.reference())
			.taskDefinitionKey(AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT)
			.list();
	}

	/**
	 * A joint project of the agreement described, carried out and closed as delivered.
	 */
	public void deliverProject(Agreement agreement, String title) {
		this.driver.correlate(agreement, Messages.PROJECT_PROPOSED, Map.of(ProjectOrDonation.Vars.KIND,
				ProjectOrDonation.Values.PROJECT, ProjectOrDonation.Vars.TITLE, title));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.DESCRIBE_PROJECT, Submissions.of("projectDescription",
				"Études et chantier-école.", "estimatedValue", 690000, "currency", "EUR"));
		this.driver.complete(agreement, ProjectOrDonation.Tasks.FOLLOW_UP_PROJECT,
				Submissions.of(ProjectOrDonation.Vars.OUTCOME, ProjectOrDonation.Values.DELIVERED, "closedOn",
						this.driver.today().toString()));
	}

	/** The agreement's annual evaluation report written, as its secretary would. */
	public void writeEvaluation(Agreement agreement, String achievements) {
		this.driver.complete(agreement, AnnualEvaluation.Tasks.WRITE_EVALUATION_REPORT, Map.of("achievements",
				achievements, "difficulties", "Les visas.", "nextYearPlan", "Un second chantier-école."));
	}

}
