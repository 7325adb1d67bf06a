package org.taawun.party;

/**
 * What kind of local authority signs: the council that deliberates and the supervision
 * differ.
 */
public enum AuthorityKind {

	/** Algerian commune, run by its APC. */
	COMMUNE,

	/** Algerian wilaya, run by its APW. */
	WILAYA,

	/** Tunisian municipality. */
	MUNICIPALITY,

	/** Tunisian region or governorate. */
	REGION

}
