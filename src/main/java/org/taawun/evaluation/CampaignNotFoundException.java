package org.taawun.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No campaign with that id, or none of a country whose inventory the caller reads: both
 * answer 404.
 */
public class CampaignNotFoundException extends ErrorResponseException {

	public CampaignNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "campaign.not-found",
				new Object[] { String.valueOf(id) });
	}

}
