package org.taawun.notification;

import java.time.Instant;
import java.util.List;

/**
 * A link mailed to a partner: it opens the documents sent and lets the partner do one
 * thing, once, until it expires.
 *
 * @param id random, unguessable; the link carries it with its signature
 * @param documents ids of the issued documents it shows
 * @param supersededAt when a newer link replaced it, or the answer was recorded on paper
 */
public record PartnerLink(String id, long agreementId, LinkPurpose purpose, String language, List<Long> documents,
		Instant createdAt, Instant expiresAt, Instant usedAt, Instant supersededAt) {

	boolean usedOrExpiredAt(Instant now) {
		return this.usedAt != null || !now.isBefore(this.expiresAt);
	}

}
