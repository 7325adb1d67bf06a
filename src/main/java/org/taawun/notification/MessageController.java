package org.taawun.notification;

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
	List<PartnerMessages.MessageView> ofAgreement(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.messages.of(id, viewer);
	}

}
