package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementInForceException;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.IllegalTransitionException;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.TimelineEntry;
import org.taawun.agreement.WithdrawalRequest;
import org.taawun.agreement.Withdrawals;
import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.document.IssuedDocument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.notification.MailPurpose;
import org.taawun.notification.PartnerMessages;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.ApprovalDz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The executive withdraws a file not yet in force, with its reasons: every task closes
 * (those of the approval it was in too), the register says it is abandoned and why, and a
 * partner already written to is told; once in force, no route withdraws it.
 */
@ProcessTest
class WithdrawalProcessTest {

	private static final LocalDate START = LocalDate.of(2026, 2, 2);

	private static final Account EXECUTIVE = Account.of("exec.oran", Set.of(Role.EXECUTIVE.group("oran")));

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Journeys journeys;

	@Autowired
	private Withdrawals withdrawals;

	@Autowired
	private Documents documents;

	@Autowired
	private PartnerMessages messages;

	@Autowired
	private RuntimeService runtime;

	@BeforeEach
	void startOnAMonday() {
		this.driver.today(START);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aDraftWithdrawnClosesItsTasksWithoutWritingToAPartnerNeverWrittenTo() {
		Agreement agreement = this.driver.draft("oran", LegalBasis.DZ_DECREE_17_329);

		this.withdrawals.withdraw(agreement.id(), new WithdrawalRequest("Le conseil a changé de priorités."),
				EXECUTIVE);
		this.driver.runDueJobs();

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
		assertThat(this.driver.lifecycle(agreement)).isNull();
		assertThat(this.driver.timeline(agreement, TimelineEntry.Kind.WITHDRAWN))
			.containsExactly("Le conseil a changé de priorités.");
		assertThat(this.documents.of(agreement.id(), Account.system())).extracting(IssuedDocument::kind)
			.doesNotContain(DocumentKind.WITHDRAWAL_NOTICE);
		assertThat(this.messages.of(agreement.id(), Account.system())).isEmpty();
	}

	@Test
	void aFileWithdrawnDuringItsApprovalEndsTheApprovalAndTellsThePartnerWrittenTo() {
		Agreement agreement = this.journeys.approved("oran", "EXPRESS");
		this.driver.runDueJobs();
		assertThat(this.messages.of(agreement.id(), Account.system())).isNotEmpty();

		this.withdrawals.withdraw(agreement.id(), new WithdrawalRequest("Le partenaire ne répond plus."), EXECUTIVE);
		this.driver.runDueJobs();

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
		assertThat(this.driver.openTasks(agreement)).isEmpty();
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(agreement.reference())
			.processDefinitionKey(ApprovalDz.KEY)
			.count()).isZero();
		assertThat(this.documents.of(agreement.id(), Account.system())).extracting(IssuedDocument::kind)
			.contains(DocumentKind.WITHDRAWAL_NOTICE);
		assertThat(this.messages.of(agreement.id(), Account.system())).extracting(PartnerMessages.MessageView::purpose)
			.contains(MailPurpose.WITHDRAWAL);
	}

	@Test
	void anAgreementInForceIsNotWithdrawnByAnyRoute() {
		Agreement agreement = this.journeys.inForce("oran", "EXPRESS", START.plusYears(3));

		assertThatExceptionOfType(AgreementInForceException.class).isThrownBy(
				() -> this.withdrawals.withdraw(agreement.id(), new WithdrawalRequest("Trop tard."), EXECUTIVE));
		// the engine's own route: the register refuses the move, so nothing happens
		assertThatThrownBy(() -> this.driver.correlate(agreement, Messages.WITHDRAWAL_REQUESTED,
				Map.of("withdrawalReason", "Trop tard.")))
			.hasRootCauseInstanceOf(IllegalTransitionException.class);

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.IN_FORCE);
		assertThat(this.driver.lifecycle(agreement)).isNotNull();
	}

	@Test
	void onlyTheExecutiveWithdrawsAndAlwaysWithReasons() {
		Agreement agreement = this.driver.draft("oran", LegalBasis.DZ_DECREE_17_329);
		Account secretary = Account.of("sec.oran", Set.of(Role.SECRETARIAT.group("oran")));

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.withdrawals.withdraw(agreement.id(), new WithdrawalRequest("Pas mon rôle."), secretary));
		assertThatThrownBy(() -> this.driver.correlate(agreement, Messages.WITHDRAWAL_REQUESTED, Map.of()))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);

		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.VETTING);
		assertThat(this.driver.openTasks(agreement)).isNotEmpty();
	}

}
