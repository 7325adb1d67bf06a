package org.taawun.notification;

/** What the staff are told of. */
public enum NoticeKind {

	/** A task offered to the person's group. */
	OFFERED,
	/** A task assigned to the person by someone else. */
	ASSIGNED,
	/** A task whose due date is near. */
	DUE_SOON,
	/** A task past its due date: to whoever acts and whoever answers for them. */
	OVERDUE,
	/**
	 * The link by which a partner accepts the final text expired unanswered: the
	 * secretariat sends a new one or records the acceptance made on paper.
	 */
	LINK_EXPIRED,
	/**
	 * The ministry reminds the secretariat that the year's evaluation reports of its
	 * agreements in force are awaited.
	 */
	EVALUATIONS_AWAITED

}
