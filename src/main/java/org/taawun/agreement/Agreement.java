package org.taawun.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * A cooperation agreement as the register knows it. Its state only changes through
 * {@link #moveTo}, which refuses a move the law does not allow.
 */
public final class Agreement {

	private final Long id;

	private final String reference;

	private final Jurisdiction jurisdiction;

	private final LegalBasis legalBasis;

	private final String localAuthority;

	private final Instrument instrument;

	private final Titles titles;

	private final ForeignPartner partner;

	private final Set<CooperationField> fields;

	private AgreementState state;

	private final String processInstanceId;

	private final Audit audit;

	private KeyDates dates;

	Agreement(Long id, String reference, Jurisdiction jurisdiction, LegalBasis legalBasis, String localAuthority,
			Instrument instrument, Titles titles, ForeignPartner partner, Set<CooperationField> fields,
			AgreementState state, String processInstanceId, Audit audit, KeyDates dates) {
		this.id = id;
		this.reference = reference;
		this.jurisdiction = jurisdiction;
		this.legalBasis = legalBasis;
		this.localAuthority = localAuthority;
		this.instrument = instrument;
		this.titles = titles;
		this.partner = partner;
		this.fields = Set.copyOf(fields);
		this.state = state;
		this.processInstanceId = processInstanceId;
		this.audit = audit;
		this.dates = dates;
	}

	/**
	 * Moves to the next legal state, or refuses with {@link IllegalTransitionException}.
	 */
	void moveTo(AgreementState next) {
		if (!this.state.canMoveTo(next)) {
			throw new IllegalTransitionException(this.reference, this.state, next);
		}
		this.state = next;
	}

	/** Records the day the council deliberated on the agreement. */
	void recordDeliberation(LocalDate session) {
		this.dates = new KeyDates(session, this.dates.approval, this.dates.signature, this.dates.entryIntoForce,
				this.dates.end, this.dates.referral);
	}

	/** The competent authority approved the agreement on that day. */
	void approve(LocalDate approval) {
		moveTo(AgreementState.APPROVED);
		this.dates = new KeyDates(this.dates.deliberation, approval, this.dates.signature, this.dates.entryIntoForce,
				this.dates.end, this.dates.referral);
	}

	/**
	 * Both parties signed: the agreement enters into force on the given day, never before
	 * it is signed, and ends after it entered into force.
	 */
	void sign(LocalDate signature, LocalDate entryIntoForce, LocalDate end) {
		if (entryIntoForce.isBefore(signature) || !end.isAfter(entryIntoForce)) {
			throw new IllegalArgumentException(
					"Signed " + signature + ", in force " + entryIntoForce + ", ending " + end + ": out of order");
		}
		moveTo(AgreementState.SIGNED);
		this.dates = new KeyDates(this.dates.deliberation, this.dates.approval, signature, entryIntoForce, end,
				this.dates.referral);
	}

	/** The agreement was renewed until a later end date; it then returns to force. */
	void renewUntil(LocalDate end) {
		if (this.dates.end != null && !end.isAfter(this.dates.end)) {
			throw new IllegalArgumentException("A renewal must end after " + this.dates.end);
		}
		// the term runs on during a suspension: renewed, the agreement stays suspended
		// until its resumption
		if (this.state != AgreementState.SUSPENDED) {
			moveTo(AgreementState.RENEWED);
		}
		this.dates = new KeyDates(this.dates.deliberation, this.dates.approval, this.dates.signature,
				this.dates.entryIntoForce, end, this.dates.referral);
	}

	public Long id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public Jurisdiction jurisdiction() {
		return this.jurisdiction;
	}

	public LegalBasis legalBasis() {
		return this.legalBasis;
	}

	public String localAuthority() {
		return this.localAuthority;
	}

	public Instrument instrument() {
		return this.instrument;
	}

	public Titles titles() {
		return this.titles;
	}

	public ForeignPartner partner() {
		return this.partner;
	}

	public Set<CooperationField> fields() {
		return this.fields;
	}

	public AgreementState state() {
		return this.state;
	}

	public String processInstanceId() {
		return this.processInstanceId;
	}

	public Audit audit() {
		return this.audit;
	}

	public KeyDates dates() {
		return this.dates;
	}

	/** The agreement's title in Arabic and in French. */
	public record Titles(String ar, String fr) {
	}

	/** Who registered the agreement, when, and when it last changed. */
	public record Audit(String createdBy, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * The dates the law attaches to an agreement; null until they happen.
	 *
	 * @param end null for an agreement in force until its parties terminate it
	 * @param referral the day the final text was referred to its supervising authority,
	 * as a portfolio brought in from before Taawun records it
	 */
	public record KeyDates(LocalDate deliberation, LocalDate approval, LocalDate signature, LocalDate entryIntoForce,
			LocalDate end, LocalDate referral) {

		static KeyDates none() {
			return new KeyDates(null, null, null, null, null, null);
		}

	}

}
