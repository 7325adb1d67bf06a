package org.taawun.agreement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing that happened to an agreement: who did it, when, and what.
 *
 * @param subject the task or state the entry is about ({@code Task_CheckEligibility},
 * {@code VETTING})
 * @param label a readable name for the subject, as the model names it
 * @param decision what a completed task answered, when its form asks for an opinion or a
 * decision; null otherwise
 */
public record TimelineEntry(Instant at, String actor, Kind kind, String subject, String label,
		@JsonInclude(JsonInclude.Include.NON_NULL) Decision decision) {

	public TimelineEntry(Instant at, String actor, Kind kind, String subject, String label) {
		this(at, actor, kind, subject, label, null);
	}

	public enum Kind {

		/** A process of the agreement started. */
		PROCESS_STARTED,
		/**
		 * A visit or a project of the agreement in force started (the subject names
		 * which).
		 */
		ACTIVITY_STARTED,
		/** A person completed a task (with the decision it answered, if any). */
		TASK_COMPLETED,
		/**
		 * The executive withdrew the file before it came into force (the subject gives
		 * the reasons).
		 */
		WITHDRAWN,
		/** The agreement entered a new legal state. */
		STATE_CHANGED,
		/** A task is close to its deadline; its group was reminded. */
		REMINDER,
		/** A task passed its deadline; it was escalated and its priority raised. */
		ESCALATION,
		/**
		 * An amendment went through a step of its approval (the subject names the step).
		 */
		AMENDMENT_STEP,
		/** A process of the agreement ended. */
		PROCESS_ENDED,
		/**
		 * The partner answered a mail through its link (the subject says how: ACKNOWLEDGE
		 * or ACCEPT_TEXT), or its acceptance made on paper was recorded (PAPER_ and the
		 * means: PAPER_CEREMONY ...).
		 */
		PARTNER_ANSWERED,
		/**
		 * The partner's link to accept the final text expired unanswered; the secretariat
		 * was told.
		 */
		LINK_EXPIRED,
		/**
		 * A mail to the partner could not be delivered; the secretariat checks the
		 * address.
		 */
		MAIL_UNDELIVERABLE,
		/**
		 * The agreement was brought in from a portfolio kept before Taawun (the subject
		 * names the state it entered in).
		 */
		IMPORTED,
		/**
		 * A portfolio imported again changed what the register says of the agreement:
		 * names, partner, fields, dates or notes.
		 */
		IMPORTED_AGAIN

	}

}
