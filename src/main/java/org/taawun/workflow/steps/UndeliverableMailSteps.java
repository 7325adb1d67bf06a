package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

import org.taawun.notification.PartnerMails;
import org.taawun.workflow.model.UndeliverableMail;

/**
 * The service steps of {@code bpmn/undeliverable-mail.bpmn}:
 * {@code ${undeliverableMail.sendAgain(execution)}}. Public, because the engine's
 * expression language only calls public methods of public classes.
 */
@Component("undeliverableMail")
public class UndeliverableMailSteps {

	private final PartnerMails mails;

	UndeliverableMailSteps(PartnerMails mails) {
		this.mails = mails;
	}

	/**
	 * Sends the failed mail again to the corrected address, which the agreement keeps.
	 */
	public void sendAgain(DelegateExecution execution) {
		this.mails.sendAgain(messageId(execution), (String) execution.getVariable(UndeliverableMail.Vars.PARTNER_EMAIL),
				RegisterSteps.actor(execution));
	}

	public void giveUp(DelegateExecution execution) {
		this.mails.giveUp(messageId(execution));
	}

	private static long messageId(DelegateExecution execution) {
		return ((Number) execution.getVariable(UndeliverableMail.Vars.OUTBOX_MESSAGE_ID)).longValue();
	}

}
