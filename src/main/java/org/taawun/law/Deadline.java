package org.taawun.law;

/**
 * The periods the law or practice sets between two steps (lifecycle.md §2, §3 and §4).
 * Their lengths are settings ({@code taawun.deadlines.*}); the models name them, as in
 * {@code ${deadlines.after(sessionDate, 'DEPOSIT_DEADLINE')}}.
 */
public enum Deadline {

	/**
	 * Algeria: remind the secretariat to deposit the deliberation with the wali (day 6).
	 */
	DEPOSIT_REMINDER,
	/** Algeria: deposit the deliberation with the wali within 8 days of the session. */
	DEPOSIT_DEADLINE,
	/** Algeria: the wali reviews and forwards the file with an opinion. */
	WALI_REVIEW,
	/** Algeria: the Ministry of Foreign Affairs gives its opinion. */
	FOREIGN_AFFAIRS_OPINION,
	/** Algeria: the Ministry of the Interior reviews the file. */
	MINISTRY_REVIEW,
	/** Algeria: the Prime Minister's prior approval. */
	PRIME_MINISTER_APPROVAL,
	/**
	 * Tunisia: the council may not vote before the referral to the MFA plus this period.
	 */
	FOREIGN_AFFAIRS_WINDOW,
	/** Tunisia: a refusal of the MFA can be appealed within this period. */
	APPEAL_FILING,
	/** Tunisia: the Administrative Court of Appeal rules within this period. */
	FIRST_INSTANCE_RULING,
	/** Tunisia: the High Administrative Court rules within this period. */
	HIGH_COURT_RULING,
	/** Tunisia: the deliberation is published within this period. */
	PUBLICATION,
	/** An approved agreement not signed within this period is flagged as never signed. */
	SIGNATURE_WAIT,
	/** Renewal is decided this long before the end date. */
	RENEWAL_NOTICE,
	/** Remind the secretariat of the mission report this long after the return. */
	MISSION_REPORT_REMINDER,
	/** The mission report is due this long after the return. */
	MISSION_REPORT,
	/**
	 * An annual evaluation report still missing this long after its due date is
	 * escalated.
	 */
	EVALUATION_ESCALATION,
	/** The notice a denunciation gives, unless the convention says otherwise. */
	TERMINATION_NOTICE,
	/**
	 * A secretariat's own step (a draft's eligibility, an address to check, a final text
	 * to refer, an act to record) is done within this.
	 */
	SECRETARIAT_STEP,
	/** An executive's decision on a file that waits for it is taken within this. */
	EXECUTIVE_DECISION,
	/** A council deliberates at its next ordinary session, within this. */
	COUNCIL_SESSION,
	/**
	 * TN: Foreign Affairs answers its consultation during the negotiation within this.
	 */
	FOREIGN_AFFAIRS_CONSULTATION,
	/**
	 * MA: the council's deliberation is sent to the governor for his visa within this of
	 * the session.
	 */
	GOVERNOR_TRANSMISSION,
	/** MA: the governor gives or refuses his visa within this. */
	GOVERNOR_VISA,
	/**
	 * MA: the Ministry of the Interior approves an agreement or funding from abroad
	 * within this.
	 */
	MINISTRY_APPROVAL_MA,
	/**
	 * DZ, MA: the supervisor (the wali, the Moroccan Ministry of the Interior) approves a
	 * donation the council accepted within this.
	 */
	DONATION_APPROVAL

}
