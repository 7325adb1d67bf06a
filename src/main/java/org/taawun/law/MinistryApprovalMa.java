package org.taawun.law;

/**
 * Which Moroccan agreements go on, after the governor's visa, to the Ministry of the
 * Interior for approval (lifecycle.md §4). Law 112-14 (art. 85) makes every partnership
 * agreement of a prefecture or province with actors outside the Kingdom, and the funding
 * it brings, subject to the public authorities' approval [V]; for a commune the text of
 * law 113-14 could not be read in full, so its rule is a setting [A].
 */
public enum MinistryApprovalMa {

	/** Every agreement, whoever signs it. */
	EVERY,

	/**
	 * The agreements of a prefecture or province, and those of a commune that bring
	 * funding from abroad.
	 */
	FOREIGN_FUNDING_OR_PREFECTURE

}
