package org.taawun.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A user changes their own password. */
@RestController
class PasswordController {

	private final Passwords passwords;

	PasswordController(Passwords passwords) {
		this.passwords = passwords;
	}

	@PostMapping("/api/me/password")
	@Operation(summary = "Changes my password: the current one, and a new one that passes the password rules")
	@ApiResponse(responseCode = "204", description = "Changed")
	ResponseEntity<Void> change(@RequestBody PasswordChange change, @AuthenticationPrincipal Account account) {
		this.passwords.change(account, change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

}
