package org.taawun.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The partner's acceptance of the final text made on paper, as the secretariat recorded
 * it, with the scanned act.
 *
 * @param fileSha256 SHA-256 of the scanned file as received: {@code sha256sum} of the
 * download gives it
 */
public record PartnerAct(long id, long agreementId, LocalDate acceptedOn, PaperMeans means, String filename,
		String mediaType, int sizeBytes, String fileSha256, String recordedBy, Instant recordedAt) {
}
