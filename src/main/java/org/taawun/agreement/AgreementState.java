package org.taawun.agreement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal states an agreement moves through (lifecycle.md §5) and the moves the law
 * allows between them. A file under review may also be settled at once, as the
 * secretariat records what became of a file referred before Taawun: approved, refused or
 * taken up again.
 */
public enum AgreementState {

	INITIATIVE, VETTING, NEGOTIATION, FOREIGN_AFFAIRS_REVIEW, APPEAL, COUNCIL, SUPERVISORY_REVIEW, REFUSED, APPROVED,
	SIGNED, IN_FORCE, SUSPENDED, RENEWED, EXPIRED, TERMINATED, ABANDONED;

	private static final Set<AgreementState> BEFORE_FORCE = EnumSet.of(INITIATIVE, VETTING, NEGOTIATION,
			FOREIGN_AFFAIRS_REVIEW, APPEAL, COUNCIL, SUPERVISORY_REVIEW, REFUSED, APPROVED, SIGNED);

	private static final Map<AgreementState, Set<AgreementState>> NEXT = Map.ofEntries(
			Map.entry(INITIATIVE, EnumSet.of(VETTING)), Map.entry(VETTING, EnumSet.of(NEGOTIATION)),
			Map.entry(NEGOTIATION, EnumSet.of(FOREIGN_AFFAIRS_REVIEW, COUNCIL)),
			Map.entry(FOREIGN_AFFAIRS_REVIEW, EnumSet.of(COUNCIL, REFUSED, NEGOTIATION, APPROVED)),
			Map.entry(REFUSED, EnumSet.of(APPEAL, NEGOTIATION)),
			Map.entry(APPEAL, EnumSet.of(COUNCIL, REFUSED, NEGOTIATION, APPROVED)),
			Map.entry(COUNCIL, EnumSet.of(SUPERVISORY_REVIEW, APPROVED, NEGOTIATION, REFUSED)),
			Map.entry(SUPERVISORY_REVIEW, EnumSet.of(APPROVED, REFUSED, NEGOTIATION)),
			Map.entry(APPROVED, EnumSet.of(SIGNED)), Map.entry(SIGNED, EnumSet.of(IN_FORCE)),
			Map.entry(IN_FORCE, EnumSet.of(SUSPENDED, RENEWED, EXPIRED, TERMINATED)),
			Map.entry(SUSPENDED, EnumSet.of(IN_FORCE, EXPIRED, TERMINATED)), Map.entry(RENEWED, EnumSet.of(IN_FORCE)),
			Map.entry(EXPIRED, EnumSet.noneOf(AgreementState.class)),
			Map.entry(TERMINATED, EnumSet.noneOf(AgreementState.class)),
			Map.entry(ABANDONED, EnumSet.noneOf(AgreementState.class)));

	/** Whether the law allows moving from this state to the next one. */
	public boolean canMoveTo(AgreementState next) {
		// any file not yet in force can be withdrawn, refused for good or left unsigned
		return NEXT.get(this).contains(next) || (next == ABANDONED && BEFORE_FORCE.contains(this));
	}

	/** Whether the agreement's life is over: nothing can happen to it any more. */
	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

}
