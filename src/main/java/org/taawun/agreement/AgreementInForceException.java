package org.taawun.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A file can no longer be withdrawn: the agreement came into force, or its life is over.
 */
public class AgreementInForceException extends ErrorResponseException {

	AgreementInForceException(String reference, AgreementState state) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "agreement.not-withdrawable",
				new Object[] { reference, state.name() });
	}

}
