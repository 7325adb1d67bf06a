package org.taawun.document;

/**
 * To whom a referral letter of the approval chain goes: the step that sends it says so. A
 * decision is made by the body the file was last referred to, and is headed with it.
 */
public enum Addressee {

	/**
	 * The wali of the province, with whom an Algerian commune deposits its deliberation.
	 */
	WALI,

	/**
	 * The Ministry of the Interior, to which the wali (Algeria) or the governor (Morocco)
	 * forwards the file.
	 */
	MINISTRY_OF_INTERIOR,

	/** The Tunisian Ministry of Foreign Affairs, to which the final text is referred. */
	MINISTRY_OF_FOREIGN_AFFAIRS,

	/**
	 * The governor of a Moroccan prefecture or province, to whom the council's
	 * deliberation goes for his visa.
	 */
	GOVERNOR

}
