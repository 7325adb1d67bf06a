package org.taawun.notification;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.identity.Account;

/**
 * The mail of an agreement to its partner, as the partner receives it, and where it is.
 */
@RestController
class MessageController {

	private final PartnerMessages messages;

	MessageController(PartnerMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/api/agreements/{id}/messages")
	@Operation(operationId = "messagesOfAgreement", summary = "The mail sent to an agreement's partner, as sent")
	@ApiResponse(responseCode = "200", description = "The messages and their delivery", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	List<PartnerMessages.MessageView> ofAgreement(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.messages.of(id, viewer);
	}

}
