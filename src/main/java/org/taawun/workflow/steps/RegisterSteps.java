package org.taawun.workflow.steps;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementState;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.TimelineEntry;
import org.taawun.law.Renewal;
import org.taawun.workflow.model.ActFields;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * Keeps the register in step with the processes; the models call it where the law says
 * something happened: {@code ${register.enter(execution, 'VETTING')}},
 * {@code ${register.signed(execution)}}. While an amendment runs the approval, its steps
 * are recorded on the timeline and the agreement stays in force. Public, because the
 * engine's expression language only calls public methods of public classes.
 */
@Component("register")
public class RegisterSteps {

	public static final String SYSTEM = "system";

	private final AgreementSteps steps;

	RegisterSteps(AgreementSteps steps) {
		this.steps = steps;
	}

	/** The agreement (or the amendment under way) entered a legal state. */
	public void enter(DelegateExecution execution, String state) {
		if (isAmendment(execution)) {
			this.steps.recordEvent(id(execution), TimelineEntry.Kind.AMENDMENT_STEP, state, actor(execution));
		}
		else {
			this.steps.moveTo(id(execution), AgreementState.valueOf(state), actor(execution));
		}
	}

	/** The council deliberated, on the session date of the deliberation form. */
	public void deliberated(DelegateExecution execution) {
		if (!isAmendment(execution)) {
			this.steps.recordDeliberation(id(execution), date(execution, ActFields.SESSION_DATE), actor(execution));
		}
	}

	/** The competent authority approved, on the approval date the process set. */
	public void approved(DelegateExecution execution) {
		if (isAmendment(execution)) {
			enter(execution, AgreementState.APPROVED.name());
		}
		else {
			this.steps.approve(id(execution), date(execution, Vars.APPROVAL_DATE), actor(execution));
		}
	}

	/** Both parties signed; the signature form gave the dates of force. */
	public void signed(DelegateExecution execution) {
		this.steps.sign(id(execution), date(execution, Vars.SIGNATURE_DATE),
				date(execution, Vars.ENTRY_INTO_FORCE_DATE), date(execution, Vars.END_DATE), actor(execution));
	}

	/** The executive renewed the agreement until the new end date of the renewal form. */
	public void renewed(DelegateExecution execution) {
		renewUntil(execution, date(execution, Vars.NEW_END_DATE));
	}

	/**
	 * The end date passed with no decision and the agreement renews itself: for as long
	 * again as it last ran.
	 */
	public void renewedTacitly(DelegateExecution execution) {
		LocalDate end = date(execution, Vars.END_DATE);
		renewUntil(execution, Renewal.tacitEnd(date(execution, Vars.ENTRY_INTO_FORCE_DATE), end));
		execution.setVariable(Vars.ENTRY_INTO_FORCE_DATE, end.toString());
	}

	/**
	 * The executive withdrew the file, with the reasons the withdrawal carries
	 * ({@link Vars#WITHDRAWAL_REASON}).
	 */
	public void withdrawn(DelegateExecution execution, Object reason) {
		this.steps.withdraw(id(execution), (reason instanceof String text) ? text : null, actor(execution));
	}

	public void amendmentSigned(DelegateExecution execution) {
		this.steps.recordEvent(id(execution), TimelineEntry.Kind.AMENDMENT_STEP, AgreementState.SIGNED.name(),
				actor(execution));
	}

	public void amendmentDropped(DelegateExecution execution) {
		this.steps.recordEvent(id(execution), TimelineEntry.Kind.AMENDMENT_STEP, AgreementState.ABANDONED.name(),
				actor(execution));
	}

	private void renewUntil(DelegateExecution execution, LocalDate end) {
		this.steps.renew(id(execution), end, actor(execution));
		execution.setVariable(Vars.END_DATE, end.toString());
	}

	private static boolean isAmendment(DelegateExecution execution) {
		return Boolean.TRUE.equals(execution.getVariable(Vars.AMENDMENT));
	}

	private static long id(DelegateExecution execution) {
		return (Long) execution.getVariable(Vars.AGREEMENT_ID);
	}

	private static LocalDate date(DelegateExecution execution, String variable) {
		return LocalDate.parse((String) execution.getVariable(variable));
	}

	/**
	 * The user whose action moved the process on, or the engine itself for timers and
	 * jobs.
	 */
	static String actor(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		return (authentication != null && authentication.getUserId() != null) ? authentication.getUserId() : SYSTEM;
	}

}
