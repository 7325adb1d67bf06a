package org.taawun.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A delegation to send to the partner, or to receive from it.
 *
 * @param departureDate the day the delegation leaves (or arrives, when received)
 * @param returnDate the day it comes back (or leaves), not before the departure
 */
@DatesInOrder(from = "departureDate", to = "returnDate")
public record VisitRequest(@NotNull(message = "{visit.direction.required}") Direction direction,
		@NotBlank(message = "{visit.purpose.required}") @Size(max = 500, message = "{text.too-long}") String purpose,
		@NotNull(message = "{visit.date.required}") LocalDate departureDate,
		@NotNull(message = "{visit.date.required}") LocalDate returnDate) implements InForceRequest {

	@Override
	public InForceEvent event() {
		return InForceEvent.VISIT_REQUESTED;
	}

	public enum Direction {

		OUTGOING, INCOMING

	}

}
