package org.taawun.agreement;

import org.taawun.party.Jurisdiction;

/**
 * Filters on the register; a null filter is not applied.
 *
 * @param country the partner's country, ISO 3166-1 alpha-2
 */
public record AgreementQuery(AgreementState state, String localAuthority, String country, Jurisdiction jurisdiction,
		int page, int size) {

	public int offset() {
		return this.page * this.size;
	}

}
