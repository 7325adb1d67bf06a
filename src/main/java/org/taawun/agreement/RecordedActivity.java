package org.taawun.agreement;

import java.time.LocalDate;

import org.taawun.party.PartnerKind;

/**
 * A visit, a project or a donation as it happened, recorded rather than carried through
 * its process: brought in from a portfolio, inside an agreement or with a partner outside
 * any (a development agency's project).
 *
 * @param agreementId the agreement it belongs to; null for an activity outside any
 * @param partnerName with whom, when outside an agreement; null inside one
 * @param from the first day, if known
 * @param to the last day, if known
 * @param fundedBy who paid, as the record says; may be null
 */
public record RecordedActivity(Long id, Long agreementId, String localAuthority, String partnerName,
		PartnerKind partnerKind, Kind kind, String title, LocalDate from, LocalDate to, Status status, String fundedBy,
		String notes) {

	/** What the activity was. */
	public enum Kind {

		/** A delegation of the authority went to the partner. */
		VISIT_OUTGOING,
		/** The partner's delegation came. */
		VISIT_INCOMING, PROJECT, DONATION

	}

	/** What became of it. */
	public enum Status {

		PLANNED, DONE, NOT_DONE

	}

	/** The activity as it reads without its id, to compare with a line. */
	public RecordedActivity withoutId() {
		return new RecordedActivity(null, this.agreementId, this.localAuthority, this.partnerName, this.partnerKind,
				this.kind, this.title, this.from, this.to, this.status, this.fundedBy, this.notes);
	}

	/** The same activity with another id, as stored. */
	RecordedActivity withId(long newId) {
		return new RecordedActivity(newId, this.agreementId, this.localAuthority, this.partnerName, this.partnerKind,
				this.kind, this.title, this.from, this.to, this.status, this.fundedBy, this.notes);
	}

}
