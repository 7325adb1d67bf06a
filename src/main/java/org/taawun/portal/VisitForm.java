package org.taawun.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.taawun.agreement.VisitRequest;

/**
 * The agreement page's request for a visit as posted: text only, so that what the user
 * typed comes back with its message.
 */
record VisitForm(String direction, String purpose, String departureDate, String returnDate) {

	static VisitForm empty() {
		return new VisitForm(null, null, null, null);
	}

	/** The request the form describes; what does not parse is missing, and said so. */
	VisitRequest toRequest() {
		return new VisitRequest(DraftForm.parse(VisitRequest.Direction.class, this.direction),
				(this.purpose != null) ? this.purpose.strip() : null, date(this.departureDate), date(this.returnDate));
	}

	private static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
