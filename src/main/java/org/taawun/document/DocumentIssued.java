package org.taawun.document;

/**
 * A document was issued, in the transaction that stored it: what listens to it (mail to
 * the partner) commits or rolls back with the document.
 */
public record DocumentIssued(IssuedDocument document) {
}
