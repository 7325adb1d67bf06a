package org.taawun.party;

/**
 * What kind of local authority signs: the council that deliberates and the supervision
 * differ.
 */
public enum AuthorityKind {

	/**
	 * Algerian commune, run by its APC, or Moroccan commune, run by its council (organic
	 * law 113-14).
	 */
	COMMUNE,

	/** Algerian wilaya, run by its APW. */
	WILAYA,

	/** Tunisian municipality. */
	MUNICIPALITY,

	/** Tunisian region or governorate. */
	REGION,

	/** Moroccan prefecture or province, run by its council (organic law 112-14). */
	PREFECTURE_OR_PROVINCE

}
