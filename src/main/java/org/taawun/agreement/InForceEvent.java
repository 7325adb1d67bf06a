package org.taawun.agreement;

/**
 * What a municipality can start while its agreement is in force.
 */
public enum InForceEvent {

	VISIT_REQUESTED, PROJECT_PROPOSED, AMENDMENT_REQUESTED, SUSPENSION_REQUESTED, TERMINATION_REQUESTED;

	/**
	 * Whether the agreement's state lets this happen: termination also ends a suspension.
	 */
	boolean allowedIn(AgreementState state) {
		return state == AgreementState.IN_FORCE || (this == TERMINATION_REQUESTED && state == AgreementState.SUSPENDED);
	}

}
