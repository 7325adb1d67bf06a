package org.taawun.workflow.steps;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

import org.taawun.document.Addressee;
import org.taawun.document.DocumentKind;
import org.taawun.notification.PartnerMessages;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.model.IssueDocument.Vars;

/**
 * Where a step produces a document, the models ask for it:
 * {@code ${documentRequests.request(execution, 'CONVENTION')}}. The document is issued by
 * a process of its own, after a save point and with retries, so that it never holds up
 * the agreement's path nor undoes a person's work. Public, because the engine's
 * expression language only calls public methods of public classes.
 */
@Component("documentRequests")
public class DocumentRequests {

	private final RuntimeService runtime;

	private final PartnerMessages partnerMessages;

	DocumentRequests(RuntimeService runtime, PartnerMessages partnerMessages) {
		this.runtime = runtime;
		this.partnerMessages = partnerMessages;
	}

	/**
	 * Asks for the document, with the facts the requesting process holds so far: those
	 * the acts state, and the agreement's id.
	 */
	public void request(DelegateExecution execution, String documentKind) {
		request(execution, documentKind, new HashMap<>());
	}

	/**
	 * Asks for the referral letter the step sends, to its addressee:
	 * {@code ${documentRequests.referral(execution, 'WALI')}}.
	 * @param addressee an {@link org.taawun.document.Addressee}'s name
	 */
	public void referral(DelegateExecution execution, String addressee) {
		Map<String, Object> facts = new HashMap<>();
		facts.put(Vars.ADDRESSEE, Addressee.valueOf(addressee).name());
		request(execution, DocumentKind.REFERRAL_LETTER.name(), facts);
	}

	/**
	 * Asks for a decision, headed with the body that made it, the one the file was
	 * referred to: {@code ${documentRequests.decision(execution, 'APPROVAL_DECISION',
	 * 'GOVERNOR')}}.
	 * @param madeBy an {@link org.taawun.document.Addressee}'s name
	 */
	public void decision(DelegateExecution execution, String documentKind, String madeBy) {
		Map<String, Object> facts = new HashMap<>();
		facts.put(Vars.ADDRESSEE, Addressee.valueOf(madeBy).name());
		request(execution, DocumentKind.valueOf(documentKind).name(), facts);
	}

	/**
	 * Asks for the document only when the partner was ever written to:
	 * {@code ${documentRequests.toAPartnerWrittenTo(execution, 'WITHDRAWAL_NOTICE')}}.
	 */
	public void toAPartnerWrittenTo(DelegateExecution execution, String documentKind) {
		if (this.partnerMessages.partnerWrittenTo((Long) execution.getVariable(AgreementLifecycle.Vars.AGREEMENT_ID))) {
			request(execution, documentKind);
		}
	}

	private void request(DelegateExecution execution, String documentKind, Map<String, Object> facts) {
		for (String name : ActFactsReader.NAMES) {
			TypedValue value = execution.getVariableTyped(name, false);
			if (value != null) {
				facts.put(name, value);
			}
		}
		facts.put(AgreementLifecycle.Vars.AGREEMENT_ID, execution.getVariable(AgreementLifecycle.Vars.AGREEMENT_ID));
		facts.put(Vars.DOCUMENT_KIND, documentKind);
		// leaving a multi-instance activity (each signatory in turn) the engine names its
		// body, "Task_SignAgreement#multiInstanceBody": the step is the activity
		String step = execution.getCurrentActivityId();
		facts.put(Vars.DOCUMENT_STEP, step.contains("#") ? step.substring(0, step.indexOf('#')) : step);
		this.runtime.createProcessInstanceByKey(IssueDocument.KEY)
			.businessKey(execution.getProcessBusinessKey())
			.setVariables(facts)
			.execute();
	}

}
