package org.taawun.notification;

/** The one thing a partner's link lets them do. */
public enum LinkPurpose {

	/** Say the documents were received. */
	ACKNOWLEDGE,
	/** Accept the final text of the convention: its signature can proceed. */
	ACCEPT_TEXT

}
