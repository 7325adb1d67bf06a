package org.taawun.task;

import java.time.Instant;

import org.taawun.document.DocumentKind;
import org.taawun.document.IssuedDocument;

/**
 * A document a task's performer reads to do it: its newest version, or only its kind
 * while it is still being issued.
 *
 * @param href where the PDF is downloaded; {@code null} until the document is issued
 */
public record DocumentToRead(DocumentKind kind, boolean issued, Long documentId, String number, Integer version,
		Instant issuedAt, String href) {

	static DocumentToRead of(DocumentKind kind, IssuedDocument document) {
		if (document == null) {
			return new DocumentToRead(kind, false, null, null, null, null, null);
		}
		return new DocumentToRead(kind, true, document.id(), document.number(), document.version(), document.issuedAt(),
				"/api/documents/" + document.id());
	}

}
