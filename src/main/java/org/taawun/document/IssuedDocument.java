package org.taawun.document;

import java.time.Instant;

/**
 * A document as issued: never changed afterwards.
 *
 * @param number the document's number, printed on it: the agreement's reference, the
 * kind's code and the version ({@code GAFSA-2026-001/NI-1})
 * @param step the process step that issued it
 * @param fingerprint the SHA-256 printed in its footer
 * @param fileSha256 the SHA-256 of the PDF file
 */
public record IssuedDocument(long id, long agreementId, DocumentKind kind, String number, String step, int version,
		String author, Instant issuedAt, String fingerprint, String fileSha256, String filename, int sizeBytes) {
}
