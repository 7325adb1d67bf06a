package org.taawun.document;

import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.identity.Account;

/**
 * An agreement's documents over HTTP, and the public verification of a document by its
 * SHA-256.
 */
@RestController
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/api/agreements/{id}/documents")
	List<IssuedDocument> ofAgreement(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.documents.of(id, viewer);
	}

	/**
	 * The PDF, named after the document's number; non-ASCII names are given as RFC 6266
	 * asks.
	 */
	@GetMapping("/api/documents/{id}")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		Documents.Pdf pdf = this.documents.pdf(id, viewer).orElseThrow(() -> notFound("document.not-found", id));
		return PdfDownload.of(pdf.document().filename(), pdf.content());
	}

	/** The register of an authority's agreements, as a PDF made now. */
	@GetMapping("/api/authorities/{code}/register")
	ResponseEntity<byte[]> register(@PathVariable String code, @AuthenticationPrincipal Account viewer) {
		byte[] pdf = this.documents.register(code, viewer).orElseThrow(() -> notFound("authority.not-found", code));
		return PdfDownload.of("register-" + code + ".pdf", pdf);
	}

	/**
	 * Anyone may ask whether Taawun issued a document: by the fingerprint printed on it,
	 * or of its file.
	 */

	@GetMapping("/api/documents/verify/{sha256}")
	Documents.Verification verify(
			@PathVariable @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{document.sha256.invalid}") String sha256) {
		return this.documents.verify(sha256).orElseThrow(() -> notFound("document.not-issued", sha256));
	}

	private static ErrorResponseException notFound(String messageKey, Object subject) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				messageKey, new Object[] { String.valueOf(subject) });
	}

}
