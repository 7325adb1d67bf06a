package org.taawun.agreement;

import org.taawun.party.Jurisdiction;

/**
 * The text an agreement is concluded under; it decides the approval path and the
 * references its documents cite.
 */
public enum LegalBasis {

	/**
	 * Algeria: executive decree 17-329 of 15 November 2017 and the model convention of 27
	 * August 2020.
	 */
	DZ_DECREE_17_329(Jurisdiction.DZ),

	/** Tunisia: local authorities code (organic law 2018-29), article 40. */
	TN_CODE_ART_40(Jurisdiction.TN),

	/**
	 * Tunisia before the 2018 code: the council deliberated first, then the Ministry of
	 * the Interior's external relations directorate decided, with no time limit. For
	 * historic files.
	 */
	TN_BEFORE_2018(Jurisdiction.TN);

	private final Jurisdiction jurisdiction;

	LegalBasis(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	public Jurisdiction jurisdiction() {
		return this.jurisdiction;
	}

	/** The basis of a new agreement of that jurisdiction today. */
	public static LegalBasis current(Jurisdiction jurisdiction) {
		return (jurisdiction == Jurisdiction.DZ) ? DZ_DECREE_17_329 : TN_CODE_ART_40;
	}

}
