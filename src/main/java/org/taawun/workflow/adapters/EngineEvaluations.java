package org.taawun.workflow.adapters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.springframework.stereotype.Component;

import org.taawun.evaluation.EvaluationProcess;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.AnnualEvaluation;
import org.taawun.workflow.model.ProjectOrDonation;

/**
 * A campaign's evaluations in the engine: an evaluation reports on the year before the
 * one its report is due in, a campaign starts one through the agreement's lifecycle, and
 * a project delivered is one whose follow-up closed it so.
 */
@Component
class EngineEvaluations implements EvaluationProcess {

	private final HistoryService history;

	private final RuntimeService runtime;

	EngineEvaluations(HistoryService history, RuntimeService runtime) {
		this.history = history;
		this.runtime = runtime;
	}

	@Override
	public Set<String> evaluating(int year) {
		// evaluations started before the year was a variable of its own tell it by their
		// due day
		return Stream
			.concat(this.history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(AnnualEvaluation.KEY)
				.variableValueEquals(AnnualEvaluation.Vars.EVALUATED_YEAR, year)
				.list()
				.stream(),
					this.history.createHistoricProcessInstanceQuery()
						.processDefinitionKey(AnnualEvaluation.KEY)
						.variableValueLike(AnnualEvaluation.Vars.EVALUATION_DUE, (year + 1) + "-%")
						.list()
						.stream())
			.map(HistoricProcessInstance::getBusinessKey)
			.collect(Collectors.toSet());
	}

	@Override
	public Map<String, Integer> projectsDelivered(Instant from, Instant until) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ProjectOrDonation.KEY)
			.finishedAfter(Date.from(from))
			.finishedBefore(Date.from(until))
			.variableValueEquals(ProjectOrDonation.Vars.KIND, ProjectOrDonation.Values.PROJECT)
			.variableValueEquals(ProjectOrDonation.Vars.OUTCOME, ProjectOrDonation.Values.DELIVERED)
			.list()
			.stream()
			.collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, Collectors.summingInt((p) -> 1)));
	}

	@Override
	public boolean evaluate(String reference, int year, LocalDate due) {
		try {
			this.runtime.createMessageCorrelation(Messages.EVALUATION_CAMPAIGN_OPENED)
				.processInstanceBusinessKey(reference)
				.setVariableToTriggeredScope(AnnualEvaluation.Vars.EVALUATION_DUE, due.toString())
				.setVariableToTriggeredScope(AnnualEvaluation.Vars.EVALUATED_YEAR, year)
				.correlate();
			return true;
		}
		catch (MismatchingMessageCorrelationException ex) {
			// a lifecycle not in force (a suspended agreement waits for its resumption)
			return false;
		}
	}

}
