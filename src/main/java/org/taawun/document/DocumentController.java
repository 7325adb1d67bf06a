package org.taawun.document;

import java.io.IOException;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.taawun.identity.Account;

/**
 * An agreement's documents over HTTP, and the public verification of a document by its
 * SHA-256.
 */
@RestController
class DocumentController {

	private final Documents documents;

	private final RegisterPdf registers;

	DocumentController(Documents documents, RegisterPdf registers) {
		this.documents = documents;
		this.registers = registers;
	}

	@GetMapping("/api/agreements/{id}/documents")
	@Operation(operationId = "documentsOfAgreement", summary = "The documents issued for an agreement, every version")
	@ApiResponse(responseCode = "200", description = "The documents", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	List<IssuedDocument> ofAgreement(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.documents.of(id, viewer);
	}

	/**
	 * The PDF, named after the document's number; non-ASCII names are given as RFC 6266
	 * asks.
	 */
	@GetMapping("/api/documents/{id}")
	@Operation(summary = "A document's PDF, named after its number")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such document the caller may see")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		Documents.Pdf pdf = this.documents.pdf(id, viewer).orElseThrow(() -> notFound("document.not-found", id));
		return PdfDownload.of(pdf.document().filename(), pdf.content());
	}

	/** The register of an authority's agreements, as a PDF made now. */
	@GetMapping("/api/authorities/{code}/register")
	@Operation(summary = "The register of an authority's agreements, as a PDF made now")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such authority the caller may see")
	ResponseEntity<byte[]> register(@PathVariable String code, @AuthenticationPrincipal Account viewer) {
		byte[] pdf = this.registers.of(code, viewer).orElseThrow(() -> notFound("authority.not-found", code));
		return PdfDownload.of("register-" + code + ".pdf", pdf);
	}

	/**
	 * Anyone may ask whether Taawun issued a document: by the fingerprint printed on it,
	 * or of its file.
	 */

	@GetMapping("/api/documents/verify/{sha256}")
	@Operation(summary = "Whether Taawun issued a document, by its fingerprint; for anyone")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "Issued, and for which agreement", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "Taawun issued no such document")
	Documents.Verification verify(
			@PathVariable @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{document.sha256.invalid}") String sha256) {
		return this.documents.verify(sha256).orElseThrow(() -> notFound("document.not-issued", sha256));
	}

	/**
	 * Anyone may send a PDF and learn whether its bytes are exactly those of a document
	 * Taawun issued: a copy changed by a single byte is not.
	 */
	@PostMapping(path = "/api/documents/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Whether the PDF sent is, byte for byte, a document Taawun issued; for anyone")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "Issued as sent, and for which agreement",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "No file sent")
	@ApiResponse(responseCode = "404", description = "Taawun issued no file with these bytes")
	Documents.Verification verifyFile(@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST),
					null, "document.file.missing", null);
		}
		return this.documents.verifyFile(file.getBytes())
			.orElseThrow(() -> notFound("document.file.not-issued", file.getOriginalFilename()));
	}

	private static ErrorResponseException notFound(String messageKey, Object subject) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				messageKey, new Object[] { String.valueOf(subject) });
	}

}
