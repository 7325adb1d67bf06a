package org.taawun.party;

/**
 * The legal system an agreement follows, named by the ISO code of the local authority's
 * country.
 */
public enum Jurisdiction {

	/** Algeria: executive decree 17-329 and the model convention of 27 August 2020. */
	DZ,

	/** Tunisia: local authorities code (organic law 2018-29), article 40. */
	TN

}
