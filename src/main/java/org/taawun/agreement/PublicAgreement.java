package org.taawun.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * What the open register tells anyone of an agreement: the authorities, the instrument,
 * the fields, the dates and the state. Nothing personal (no address, no person's name)
 * and no document: the law keeps the file itself internal.
 *
 * @param authority the local authority's code
 * @param partnerKind {@code LOCAL_AUTHORITY} or {@code ORGANISATION}
 * @param fields the fields of cooperation, by their codes
 */
public record PublicAgreement(String reference, String jurisdiction, String authority, String instrument,
		String titleAr, String titleFr, String partnerName, String partnerCity, String partnerCountry,
		String partnerKind, List<String> fields, String state, LocalDate signature, LocalDate entryIntoForce,
		LocalDate end) {

	/** The states the open register shows: in force, and ended after being in force. */
	public static final List<AgreementState> PUBLISHED = List.of(AgreementState.IN_FORCE, AgreementState.RENEWED,
			AgreementState.SUSPENDED, AgreementState.EXPIRED, AgreementState.TERMINATED);

	/** Whether the agreement is in force (suspended included), rather than ended. */
	public boolean inForce() {
		return !AgreementState.EXPIRED.name().equals(this.state)
				&& !AgreementState.TERMINATED.name().equals(this.state);
	}

}
