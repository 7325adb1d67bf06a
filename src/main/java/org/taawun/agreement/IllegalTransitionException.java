package org.taawun.agreement;

/**
 * Thrown when a step would move an agreement to a state the law does not allow from its
 * current one.
 */
public class IllegalTransitionException extends RuntimeException {

	IllegalTransitionException(String reference, AgreementState from, AgreementState to) {
		super("Agreement " + reference + " cannot move from " + from + " to " + to);
	}

}
