package org.taawun.agreement;

/** A partner's answer came when the agreement no longer waits for it. */
public class AnswerNotAwaitedException extends RuntimeException {

	public AnswerNotAwaitedException(String reference) {
		super("Agreement " + reference + " is not waiting for this answer of its partner");
	}

}
