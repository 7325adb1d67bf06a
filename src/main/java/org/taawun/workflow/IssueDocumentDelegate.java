package org.taawun.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.law.Deadline;
import org.taawun.law.DeadlineSettings;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * Issues the document a step asked for; the facts the requesting process held (a
 * deliberation's number, the duration agreed) fill it in.
 */
@Component("issueDocument")
class IssueDocumentDelegate implements JavaDelegate {

	private final Documents documents;

	private final DeadlineSettings deadlines;

	IssueDocumentDelegate(Documents documents, DeadlineSettings deadlines) {
		this.documents = documents;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> facts = new HashMap<>(PlainValues.of(execution.getVariables()));
		facts.put("noticeMonths", this.deadlines.period(Deadline.TERMINATION_NOTICE).toTotalMonths());
		this.documents.issue((Long) execution.getVariable(Vars.AGREEMENT_ID),
				DocumentKind.valueOf((String) execution.getVariable(IssueDocument.Vars.DOCUMENT_KIND)),
				(String) execution.getVariable(IssueDocument.Vars.DOCUMENT_STEP), RegisterListener.actor(execution),
				facts);
	}

}
