package org.taawun.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the executive withdraws a file. */
public record WithdrawalRequest(@NotBlank(message = "{withdrawal.reason.required}") @Size(max = 4000,
		message = "{text.too-long}") String reason) {
}
