package org.taawun.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The refused passwords, for the administrator. */
@RestController
class SignInFailureController {

	private final SignInFailures failures;

	SignInFailureController(SignInFailures failures) {
		this.failures = failures;
	}

	@GetMapping("/api/sign-in-failures")
	@Operation(summary = "The most recent refused passwords, newest first (administrators)")
	@ApiResponse(responseCode = "200", description = "At most 200 of them", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "Not an administrator")
	List<SignInFailures.Failure> recent(@AuthenticationPrincipal Account account) {
		if (!account.isAdmin()) {
			throw new AccessDeniedException("administrators only");
		}
		return this.failures.recent();
	}

}
