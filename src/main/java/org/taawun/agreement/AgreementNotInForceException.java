package org.taawun.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Visits, projects, amendments, suspension and termination need an agreement in force.
 */
public class AgreementNotInForceException extends ErrorResponseException {

	public AgreementNotInForceException(String reference, AgreementState state) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "agreement.not-in-force",
				new Object[] { reference, state.name() });
	}

}
