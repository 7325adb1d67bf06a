package org.taawun.agreement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An agreement an authority or a ministry already had before Taawun, as its portfolio
 * records it: at the state it is in, with the dates it knows.
 *
 * @param key the importer's own identifier of the agreement, unique within its authority:
 * importing it again finds the same agreement
 * @param renewal how its term renews; null when the record does not say
 * @param notes what the record says besides (at most 2,000 characters); may be null
 */
public record HistoricAgreement(String key, DraftAgreement draft, AgreementState state, Dates dates,
		RenewalMode renewal, String notes) {

	/** The state a record enters in: a file still at its initiative is being vetted. */
	public AgreementState enteredState() {
		return (this.state == AgreementState.INITIATIVE) ? AgreementState.VETTING : this.state;
	}

	/**
	 * The dates a portfolio knows of an agreement; any may be unknown (null).
	 *
	 * @param referral the day the final text was referred to its supervising authority
	 * @param end the end of the term it runs in
	 * @param termStart the first day of the term it runs in: its entry into force, or the
	 * end of its last term when it renewed tacitly before Taawun; null when not in force
	 */
	public record Dates(LocalDate referral, LocalDate deliberation, LocalDate approval, LocalDate signature,
			LocalDate entryIntoForce, LocalDate end, LocalDate termStart) {

		/** The earliest of the dates it knows, the day of the agreement's first act. */
		public LocalDate firstAct() {
			return Stream.of(this.referral, this.deliberation, this.approval, this.signature, this.entryIntoForce)
				.filter(Objects::nonNull)
				.min(LocalDate::compareTo)
				.orElse(null);
		}

	}

}
