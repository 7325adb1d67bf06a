package org.taawun.agreement;

/**
 * Where an agreement came from, and what its record says besides the register's columns.
 *
 * @param importKey the importer's key, for an agreement brought in from a portfolio; null
 * for one born in Taawun
 * @param importedState the state it was brought in at; null for one born in Taawun
 * @param renewal how its term renews, as its record says; null when it does not
 * @param notes what its record says besides; null when nothing
 */
public record Provenance(String importKey, AgreementState importedState, RenewalMode renewal, String notes) {

	/** Whether the agreement was brought in from a portfolio kept before Taawun. */
	public boolean imported() {
		return this.importKey != null;
	}

}
