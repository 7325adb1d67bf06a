package org.taawun.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * Issues the document a step produces; its input {@code documentKind} names it, and the
 * facts the steps recorded (a deliberation's number, the duration agreed) fill it in.
 * Runs after a save point, so a failure to render is retried and never undoes a person's
 * work.
 */
@Component("issueDocument")
class IssueDocumentDelegate implements JavaDelegate {

	static final String DOCUMENT_KIND = "documentKind";

	private final Documents documents;

	private final DeadlineSettings deadlines;

	IssueDocumentDelegate(Documents documents, DeadlineSettings deadlines) {
		this.documents = documents;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DocumentKind kind = DocumentKind.valueOf((String) execution.getVariable(DOCUMENT_KIND));
		Map<String, Object> facts = new HashMap<>();
		execution.getVariables().forEach((name, value) -> {
			if (value instanceof String || value instanceof Number || value instanceof Boolean) {
				facts.put(name, value);
			}
		});
		facts.put("noticeMonths", this.deadlines.period(Deadline.TERMINATION_NOTICE).toTotalMonths());
		this.documents.issue((Long) execution.getVariable(Vars.AGREEMENT_ID), kind, execution.getCurrentActivityId(),
				RegisterListener.actor(execution), facts);
	}

}
