package org.taawun.law;

/**
 * Who signs a wilaya's agreement: the wali, the president of its APW, or both, one after
 * the other (lifecycle.md, wilaya variant: a setting [A]).
 */
public enum WilayaSignatory {

	/** The president of the APW, the wilaya's executive. */
	APW_PRESIDENT,
	/** The wali. */
	WALI,
	/** The president of the APW, then the wali. */
	APW_PRESIDENT_AND_WALI

}
