package org.taawun.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * Issues the document a step produces; its input {@code documentKind} names it. Runs
 * after a save point, so a failure to render is retried and never undoes a person's work.
 */
@Component("issueDocument")
class IssueDocumentDelegate implements JavaDelegate {

	static final String DOCUMENT_KIND = "documentKind";

	private final Documents documents;

	IssueDocumentDelegate(Documents documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DocumentKind kind = DocumentKind.valueOf((String) execution.getVariable(DOCUMENT_KIND));
		this.documents.issue((Long) execution.getVariable(Vars.AGREEMENT_ID), kind, execution.getCurrentActivityId(),
				RegisterListener.actor(execution), Map.of());
	}

}
