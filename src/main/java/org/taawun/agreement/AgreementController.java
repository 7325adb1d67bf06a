package org.taawun.agreement;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.identity.Account;
import org.taawun.party.Jurisdiction;

/**
 * The register over HTTP: draft an agreement, list the agreements one may see, open one.
 */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

	private final Agreements agreements;

	private final Register register;

	private final Withdrawals withdrawals;

	AgreementController(Agreements agreements, Register register, Withdrawals withdrawals) {
		this.withdrawals = withdrawals;
		this.agreements = agreements;
		this.register = register;
	}

	/**
	 * Drafts an agreement: {@code 201}. With an {@code Idempotency-Key} header, the same
	 * request sent again by the same user finds the agreement the first created:
	 * {@code 200}.
	 */
	@PostMapping
	@Operation(summary = "Drafts an agreement and starts its lifecycle")
	@ApiResponse(responseCode = "201", description = "Drafted", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "Drafted before with the same Idempotency-Key",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not the secretariat of that authority")
	ResponseEntity<AgreementResource> draft(@Valid @RequestBody DraftAgreement draft,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200,
					message = "{idempotency-key.too-long}") @Pattern(regexp = "[\\x21-\\x7E]+",
							message = "{idempotency-key.invalid}") String idempotencyKey,
			@AuthenticationPrincipal Account author) {
		Agreements.Drafted drafted;
		if (idempotencyKey == null) {
			drafted = new Agreements.Drafted(this.agreements.draft(draft, author), true);
		}
		else {
			try {
				drafted = this.agreements.draftOnce(draft, author, idempotencyKey);
			}
			catch (DuplicateKeyException ex) {
				drafted = new Agreements.Drafted(
						this.agreements.draftedWith(idempotencyKey, author).orElseThrow(() -> ex), false);
			}
		}
		Agreement agreement = drafted.agreement();
		AgreementResource body = AgreementResource
			.details(this.agreements.details(agreement.id(), author).orElseThrow());
		URI location = URI.create("/api/agreements/" + agreement.id());
		return drafted.created() ? ResponseEntity.created(location).body(body)
				: ResponseEntity.ok().location(location).body(body);
	}

	@GetMapping
	@Operation(summary = "The agreements the caller may see, newest first")
	@ApiResponse(responseCode = "200", description = "A page of them", useReturnTypeSchema = true)
	PageOf<AgreementResource> list(@RequestParam(required = false) AgreementState state,
			@RequestParam(required = false) String localAuthority,
			@RequestParam(name = "wilaya", required = false) String province,
			@RequestParam(required = false) String country, @RequestParam(required = false) Jurisdiction jurisdiction,
			@RequestParam(required = false) CooperationField field,
			@RequestParam(required = false) Instrument instrument,
			@RequestParam(required = false) @Min(value = 1900, message = "{year.invalid}") @Max(value = 2200,
					message = "{year.invalid}") Integer year,
			@RequestParam(required = false) @Size(max = 200, message = "{text.too-long}") String q,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.invalid}") @Max(
					value = AgreementQuery.LAST_PAGE, message = "{page.invalid}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{size.invalid}") @Max(value = 200,
					message = "{size.invalid}") int size,
			@AuthenticationPrincipal Account viewer) {
		AgreementQuery query = new AgreementQuery(state, localAuthority, province, country, jurisdiction, field,
				instrument, year, q, page, size);
		return this.register.search(query, viewer).map(AgreementResource::summary);
	}

	@PostMapping("/{id}/visits")
	@Operation(summary = "Asks for a visit or a delegation under an agreement in force")
	@ApiResponse(responseCode = "202", description = "Asked: it waits for the executive's approval")
	@ApiResponse(responseCode = "403", description = "Neither its secretariat nor its executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is not in force")
	ResponseEntity<Void> requestVisit(@PathVariable long id, @Valid @RequestBody VisitRequest visit,
			@AuthenticationPrincipal Account requester) {
		this.agreements.request(id, visit, requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/projects")
	@Operation(summary = "Proposes a joint project or a donation under an agreement in force")
	@ApiResponse(responseCode = "202", description = "Proposed")
	@ApiResponse(responseCode = "403", description = "Neither its secretariat nor its executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is not in force")
	ResponseEntity<Void> proposeProject(@PathVariable long id, @Valid @RequestBody ProjectProposal project,
			@AuthenticationPrincipal Account requester) {
		this.agreements.request(id, project, requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/amendments")
	@Operation(summary = "Starts an amendment of an agreement in force")
	@ApiResponse(responseCode = "202", description = "Started")
	@ApiResponse(responseCode = "403", description = "Neither its secretariat nor its executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is not in force")
	ResponseEntity<Void> requestAmendment(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.request(id, new InForceRequest.Amendment(), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/suspension")
	@Operation(summary = "Starts the suspension of an agreement in force")
	@ApiResponse(responseCode = "202", description = "Started")
	@ApiResponse(responseCode = "403", description = "Neither its secretariat nor its executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is not in force")
	ResponseEntity<Void> requestSuspension(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.request(id, new InForceRequest.Suspension(), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/termination")
	@Operation(summary = "Starts the termination of an agreement in force")
	@ApiResponse(responseCode = "202", description = "Started")
	@ApiResponse(responseCode = "403", description = "Neither its secretariat nor its executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is not in force")
	ResponseEntity<Void> requestTermination(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.request(id, new InForceRequest.Termination(), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraws a file not yet in force, with its reasons; its tasks close")
	@ApiResponse(responseCode = "202", description = "Withdrawn")
	@ApiResponse(responseCode = "400", description = "No reasons, or too long")
	@ApiResponse(responseCode = "403", description = "Not its authority's executive")
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	@ApiResponse(responseCode = "409", description = "The agreement is in force, or its life is over")
	ResponseEntity<Void> withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalRequest request,
			@AuthenticationPrincipal Account executive) {
		this.withdrawals.withdraw(id, request, executive);
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An agreement with its open tasks and its timeline")
	@ApiResponse(responseCode = "200", description = "The agreement", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	AgreementResource get(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.agreements.details(id, viewer)
			.map(AgreementResource::details)
			.orElseThrow(() -> new AgreementNotFoundException(id));
	}

}
