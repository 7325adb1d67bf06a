package org.taawun.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A joint project, or equipment or funds the partner offers.
 */
public record ProjectProposal(@NotNull(message = "{project.kind.required}") Kind kind,
		@NotBlank(message = "{project.title.required}") @Size(max = 300, message = "{text.too-long}") String title)
		implements
			InForceRequest {

	@Override
	public InForceEvent event() {
		return InForceEvent.PROJECT_PROPOSED;
	}

	public enum Kind {

		PROJECT, DONATION

	}

}
