package org.taawun.agreement;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	AgreementController(Agreements agreements) {
		this.agreements = agreements;
	}

	@PostMapping
	ResponseEntity<AgreementResource> draft(@Valid @RequestBody DraftAgreement draft,
			@AuthenticationPrincipal Account author) {
		Agreement agreement = this.agreements.draft(draft, author);
		AgreementResource body = AgreementResource
			.details(this.agreements.details(agreement.id(), author).orElseThrow());
		return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id())).body(body);
	}

	@GetMapping
	PageOf<AgreementResource> list(@RequestParam(required = false) AgreementState state,
			@RequestParam(required = false) String localAuthority, @RequestParam(required = false) String country,
			@RequestParam(required = false) Jurisdiction jurisdiction,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.invalid}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{size.invalid}") @Max(value = 200,
					message = "{size.invalid}") int size,
			@AuthenticationPrincipal Account viewer) {
		AgreementQuery query = new AgreementQuery(state, localAuthority, country, jurisdiction, page, size);
		return this.agreements.search(query, viewer).map(AgreementResource::summary);
	}

	@PostMapping("/{id}/visits")
	ResponseEntity<Void> requestVisit(@PathVariable long id, @Valid @RequestBody VisitRequest visit,
			@AuthenticationPrincipal Account requester) {
		this.agreements.signal(id, InForceEvent.VISIT_REQUESTED,
				Map.of("visitDirection", visit.direction().name(), "visitPurpose", visit.purpose(), "departureDate",
						visit.departureDate().toString(), "returnDate", visit.returnDate().toString()),
				requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/projects")
	ResponseEntity<Void> proposeProject(@PathVariable long id, @Valid @RequestBody ProjectProposal project,
			@AuthenticationPrincipal Account requester) {
		this.agreements.signal(id, InForceEvent.PROJECT_PROPOSED,
				Map.of("projectKind", project.kind().name(), "projectTitle", project.title()), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/amendments")
	ResponseEntity<Void> requestAmendment(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.signal(id, InForceEvent.AMENDMENT_REQUESTED, Map.of(), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/suspension")
	ResponseEntity<Void> requestSuspension(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.signal(id, InForceEvent.SUSPENSION_REQUESTED, Map.of(), requester);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/termination")
	ResponseEntity<Void> requestTermination(@PathVariable long id, @AuthenticationPrincipal Account requester) {
		this.agreements.signal(id, InForceEvent.TERMINATION_REQUESTED, Map.of(), requester);
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/{id}")
	AgreementResource get(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.agreements.details(id, viewer)
			.map(AgreementResource::details)
			.orElseThrow(() -> new AgreementNotFoundException(id));
	}

}
