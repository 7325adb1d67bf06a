package org.taawun.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A partner's answer came when the agreement no longer waits for it. */
public class AnswerNotAwaitedException extends ErrorResponseException {

	public AnswerNotAwaitedException(String reference) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "agreement.answer-not-awaited",
				new Object[] { reference });
	}

}
