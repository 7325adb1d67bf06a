package org.taawun.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.identity.Account;

/**
 * The secretariat's ways through the partner's acceptance of the final text other than
 * the link: a new link, or the acceptance made on paper with its scanned act.
 */
@RestController
class PartnerAcceptanceController {

	private final PartnerAcceptances acceptances;

	PartnerAcceptanceController(PartnerAcceptances acceptances) {
		this.acceptances = acceptances;
	}

	@PostMapping("/api/agreements/{id}/partner-link")
	@Operation(summary = "Mails the partner a new link to accept the final text; the earlier links die")
	@ApiResponse(responseCode = "204", description = "Written to the outbox")
	@ApiResponse(responseCode = "403", description = "Not its authority's secretariat")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement does not wait for the partner's acceptance")
	ResponseEntity<Void> resendLink(@PathVariable long id, @AuthenticationPrincipal Account secretary) {
		this.acceptances.resendLink(id, secretary);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/agreements/{id}/partner-acts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Records the partner's acceptance made on paper, with its scanned act (PDF, JPEG, PNG)")
	@ApiResponse(responseCode = "201", description = "Recorded; the signature can proceed", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "A field refused, each with its message")
	@ApiResponse(responseCode = "403", description = "Not its authority's secretariat")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement does not wait for the partner's acceptance")
	ResponseEntity<PartnerAct> record(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
			@RequestParam(required = false) PaperMeans means, @RequestParam(required = false) MultipartFile scan,
			@AuthenticationPrincipal Account secretary) {
		PartnerAct act = this.acceptances.recordOnPaper(id, new PartnerAcceptances.PaperAcceptance(acceptedOn, means,
				(scan != null) ? scan.getOriginalFilename() : null, bytes(scan)), secretary);
		return ResponseEntity.status(HttpStatus.CREATED).body(act);
	}

	@GetMapping("/api/agreements/{id}/partner-acts")
	@Operation(summary = "The partner's acts received on paper, with each file's SHA-256")
	@ApiResponse(responseCode = "200", description = "The acts", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	List<PartnerAct> acts(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.acceptances.acts(id, viewer);
	}

	@GetMapping("/api/agreements/{id}/partner-acts/{actId}")
	@Operation(summary = "A scanned act, as it was received")
	@ApiResponse(responseCode = "200", description = "The file, as scanned", content = {
			@Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "404", description = "No such act of an agreement the caller may see")
	ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long actId,
			@AuthenticationPrincipal Account viewer) {
		PartnerAcceptances.Scan scan = this.acceptances.scan(id, actId, viewer)
			.orElseThrow(() -> new AgreementNotFoundException(id));
		return scan.download();
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return (file != null) ? file.getBytes() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
