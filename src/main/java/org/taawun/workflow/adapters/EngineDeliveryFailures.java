package org.taawun.workflow.adapters;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.TimelineEntry;
import org.taawun.identity.Account;
import org.taawun.notification.DeliveryFailures;
import org.taawun.notification.OutboxMessage;
import org.taawun.workflow.model.UndeliverableMail;
import org.taawun.workflow.rules.FileVariables;
import org.taawun.workflow.steps.RegisterSteps;

/**
 * A mail that failed for good becomes a task of the agreement's secretariat, in a process
 * of its own ({@code bpmn/undeliverable-mail.bpmn}), and a line of its timeline.
 */
@Component
class EngineDeliveryFailures implements DeliveryFailures {

	private final RuntimeService runtime;

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final FileVariables fileVariables;

	EngineDeliveryFailures(RuntimeService runtime, Agreements agreements, AgreementSteps steps,
			FileVariables fileVariables) {
		this.runtime = runtime;
		this.agreements = agreements;
		this.steps = steps;
		this.fileVariables = fileVariables;
	}

	@Override
	public void report(OutboxMessage message, String error) {
		Agreement agreement = this.agreements.visible(message.agreementId(), Account.system()).orElseThrow();
		this.steps.recordEvent(agreement.id(), TimelineEntry.Kind.MAIL_UNDELIVERABLE, message.recipient(),
				RegisterSteps.SYSTEM);
		this.runtime.createProcessInstanceByKey(UndeliverableMail.KEY)
			.businessKey(agreement.reference())
			.setVariables(this.fileVariables.of(agreement))
			.setVariable(UndeliverableMail.Vars.OUTBOX_MESSAGE_ID, message.id())
			.setVariable(UndeliverableMail.Vars.FAILED_ADDRESS, message.recipient())
			.setVariable(UndeliverableMail.Vars.DELIVERY_ERROR, error)
			.setVariable(UndeliverableMail.Vars.PARTNER_EMAIL, message.recipient())
			.execute();
	}

}
