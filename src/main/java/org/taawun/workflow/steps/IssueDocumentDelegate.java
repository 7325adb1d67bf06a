package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.workflow.model.AgreementLifecycle.Vars;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.rules.PlainValues;

/**
 * Issues the document a step asked for; the facts the requesting process held (a
 * deliberation's number, the duration agreed) fill it in.
 */
@Component("issueDocument")
class IssueDocumentDelegate implements JavaDelegate {

	private final Documents documents;

	private final ActFactsReader facts;

	IssueDocumentDelegate(Documents documents, ActFactsReader facts) {
		this.documents = documents;
		this.facts = facts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.documents.issue((Long) execution.getVariable(Vars.AGREEMENT_ID),
				DocumentKind.valueOf((String) execution.getVariable(IssueDocument.Vars.DOCUMENT_KIND)),
				(String) execution.getVariable(IssueDocument.Vars.DOCUMENT_STEP), RegisterSteps.actor(execution),
				this.facts.read(PlainValues.of(execution.getVariables())),
				// the issuing process is the request: one per asking, the same on a retry
				execution.getProcessInstanceId());
	}

}
