package org.taawun.party;

/**
 * The legal system an agreement follows, named by the ISO code of the local authority's
 * country.
 */
public enum Jurisdiction {

	/** Algeria: executive decree 17-329 and the model convention of 27 August 2020. */
	DZ,

	/** Tunisia: local authorities code (organic law 2018-29), article 40. */
	TN,

	/**
	 * Morocco: organic laws 113-14 (communes) and 112-14 (prefectures and provinces); the
	 * council deliberates, the governor approves, the Ministry of the Interior approves
	 * agreements and funding from abroad.
	 */
	MA

}
