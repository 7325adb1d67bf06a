package org.taawun.notification;

/** How the partner's acceptance made on paper reached the municipality. */
public enum PaperMeans {

	/** Signed at a ceremony, by both sides. */
	CEREMONY,
	/** Sent by post. */
	POST,
	/** Delivered by hand. */
	HAND,
	/** A signed letter, scanned and sent by email. */
	EMAIL

}
