package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.TimelineEntry;
import org.taawun.identity.Account;
import org.taawun.notification.DeliveryFailures;
import org.taawun.notification.OutboxMessage;
import org.taawun.notification.PartnerMessages;
import org.taawun.workflow.model.UndeliverableMail;
import org.taawun.workflow.model.UndeliverableMail.Tasks;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.of;

/**
 * A mail the partner never received becomes the secretariat's task: every path, sent
 * again to a corrected address or given up. How the outbox delivers it is tested with a
 * real mail server ({@code PartnerMailIT}).
 */
@ProcessTest
class UndeliverableMailProcessTest {

	private static final String WRONG_ADDRESS = "dis.iliskiler@selcuklu.bel.tr";

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Journeys journeys;

	@Autowired
	private DeliveryFailures failures;

	@Autowired
	private PartnerMessages messages;

	@Autowired
	private HistoryService history;

	private Agreement agreement;

	@BeforeEach
	void anAgreementWhoseDraftMailFailed() {
		this.driver.today(LocalDate.of(2026, 4, 6));
		this.agreement = this.journeys.approved("oran", "EXPRESS");
		this.driver.runDueJobs();
		PartnerMessages.MessageView mail = this.messages.of(this.agreement.id(), Account.system()).get(0);
		this.failures.report(failed(mail, this.agreement.id()), "550 5.1.1 mailbox unavailable");
	}

	@Test
	void sendsTheMailAgainToTheAddressTheSecretariatCorrected() {
		assertThat(this.driver.timeline(this.agreement, TimelineEntry.Kind.MAIL_UNDELIVERABLE))
			.containsExactly(WRONG_ADDRESS);
		assertThat(this.driver.task(this.agreement, Tasks.CHECK_PARTNER_ADDRESS).getAssignee()).isNull();

		this.driver.complete(this.agreement, Tasks.CHECK_PARTNER_ADDRESS,
				of("mailDecision", "RESEND", "partnerEmail", "dis.iliskiler@selcuklu.bel.tr.example"));

		assertThat(this.driver.reload(this.agreement).partner().email())
			.isEqualTo("dis.iliskiler@selcuklu.bel.tr.example");
		assertThat(endedAt()).containsExactly("EndEvent_MailSentAgain");
	}

	@Test
	void refusesToSendAgainWithoutAnAddressOrToOneThatIsNot() {
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(this.agreement, Tasks.CHECK_PARTNER_ADDRESS,
					of("mailDecision", "RESEND", "partnerEmail", "")))
			.withMessageContaining("partnerEmail");
		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(this.agreement, Tasks.CHECK_PARTNER_ADDRESS,
					of("mailDecision", "RESEND", "partnerEmail", "selcuklu at bel.tr")))
			.withMessageContaining("partnerEmail");

		assertThat(this.driver.reload(this.agreement).partner().email()).isEqualTo(WRONG_ADDRESS);
		assertThat(this.driver.task(this.agreement, Tasks.CHECK_PARTNER_ADDRESS)).isNotNull();
	}

	@Test
	void givesTheMailUpWhenTheSecretariatReachesThePartnerOtherwise() {
		this.driver.complete(this.agreement, Tasks.CHECK_PARTNER_ADDRESS, of("mailDecision", "GIVE_UP"));

		assertThat(this.driver.reload(this.agreement).partner().email()).isEqualTo(WRONG_ADDRESS);
		assertThat(endedAt()).containsExactly("EndEvent_MailGivenUp");
	}

	/** The end events the agreement's undeliverable-mail processes reached. */
	private List<String> endedAt() {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(UndeliverableMail.KEY)
			.processInstanceBusinessKey(this.agreement.reference())
			.finished()
			.list()
			.stream()
			.map((process) -> process.getEndActivityId())
			.toList();
	}

	private static OutboxMessage failed(PartnerMessages.MessageView mail, long agreementId) {
		return new OutboxMessage(mail.id(), mail.messageId(), agreementId, mail.purpose(), mail.recipient(),
				mail.language(), "", null, mail.subject(), mail.body(), List.of(), null, OutboxMessage.Status.FAILED, 8,
				mail.createdAt(), "550", mail.createdAt(), null);
	}

}
