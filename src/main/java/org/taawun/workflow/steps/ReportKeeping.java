package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

import org.taawun.evaluation.EvaluationReport;
import org.taawun.evaluation.EvaluationReports;
import org.taawun.workflow.model.ActFields;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.AnnualEvaluation.Vars;

/**
 * The annual evaluation's report was written: it is kept for the ministry to read beside
 * the others ({@code ${reportKeeping.keep(execution)}}). Public, because the engine's
 * expression language only calls public methods of public classes.
 */
@Component("reportKeeping")
public class ReportKeeping {

	private final EvaluationReports reports;

	ReportKeeping(EvaluationReports reports) {
		this.reports = reports;
	}

	public void keep(DelegateExecution execution) {
		this.reports.keep(new EvaluationReport((Long) execution.getVariable(AgreementLifecycle.Vars.AGREEMENT_ID),
				(Integer) execution.getVariable(Vars.EVALUATED_YEAR),
				(String) execution.getVariable(ActFields.ACHIEVEMENTS),
				(String) execution.getVariable(ActFields.DIFFICULTIES),
				(String) execution.getVariable(ActFields.NEXT_YEAR_PLAN)));
	}

}
