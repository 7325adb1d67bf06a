package org.taawun.document;

/**
 * To whom a referral letter of the approval chain goes: the step that sends it says so.
 */
public enum Addressee {

	/**
	 * The wali of the province, with whom an Algerian commune deposits its deliberation.
	 */
	WALI,

	/** The Algerian Ministry of the Interior, to which the wali forwards the file. */
	MINISTRY_OF_INTERIOR,

	/** The Tunisian Ministry of Foreign Affairs, to which the final text is referred. */
	MINISTRY_OF_FOREIGN_AFFAIRS

}
