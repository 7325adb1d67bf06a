package org.taawun.agreement;

import java.time.Instant;
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

	private final String localAuthority;

	private final Instrument instrument;

	private final Titles titles;

	private final ForeignPartner partner;

	private final Set<CooperationField> fields;

	private AgreementState state;

	private final String processInstanceId;

	private final Audit audit;

	private final KeyDates dates;

	Agreement(Long id, String reference, Jurisdiction jurisdiction, String localAuthority, Instrument instrument,
			Titles titles, ForeignPartner partner, Set<CooperationField> fields, AgreementState state,
			String processInstanceId, Audit audit, KeyDates dates) {
		this.id = id;
		this.reference = reference;
		this.jurisdiction = jurisdiction;
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

	public Long id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public Jurisdiction jurisdiction() {
		return this.jurisdiction;
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

	/** The dates the law attaches to an agreement; null until they happen. */
	public record KeyDates(java.time.LocalDate deliberation, java.time.LocalDate approval,
			java.time.LocalDate signature, java.time.LocalDate entryIntoForce, java.time.LocalDate end) {

		static KeyDates none() {
			return new KeyDates(null, null, null, null, null);
		}

	}

}
