package org.taawun.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No agreement with that id, or none the caller may see: both answer 404 so that an
 * outsider cannot tell them apart.
 */
public class AgreementNotFoundException extends ErrorResponseException {

	public AgreementNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "agreement.not-found",
				new Object[] { String.valueOf(id) });
	}

}
