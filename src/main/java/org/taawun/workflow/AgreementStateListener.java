package org.taawun.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Agreements;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * Keeps the register's state in step with the process. The models call it where the
 * agreement enters a new legal state: {@code ${agreementState.enter(execution,
 * 'VETTING')}}. Public, because the engine's expression language only calls public
 * methods of public classes.
 */
@Component("agreementState")
public class AgreementStateListener {

	private final Agreements agreements;

	AgreementStateListener(Agreements agreements) {
		this.agreements = agreements;
	}

	public void enter(DelegateExecution execution, String state) {
		Long agreementId = (Long) execution.getVariable(Vars.AGREEMENT_ID);
		this.agreements.moveTo(agreementId, AgreementState.valueOf(state), actor(execution));
	}

	/**
	 * The user whose action moved the process on, or the engine itself for timers and
	 * jobs.
	 */
	private static String actor(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		return (authentication != null && authentication.getUserId() != null) ? authentication.getUserId()
				: EngineAgreementProcess.SYSTEM;
	}

}
