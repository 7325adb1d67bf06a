package org.taawun.portfolio;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.taawun.agreement.AgreementState;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.RenewalMode;

/**
 * Whether an agreement's dates come in the order the law sets, none of its past acts lies
 * in the future, and its state is the one its dates say.
 */
final class DatesAndState {

	/** The states of an agreement its parties have signed. */
	private static final Set<AgreementState> SIGNED = EnumSet.of(AgreementState.SIGNED, AgreementState.IN_FORCE,
			AgreementState.SUSPENDED, AgreementState.EXPIRED, AgreementState.TERMINATED);

	/** The states of an agreement in force, suspended or not. */
	static final Set<AgreementState> IN_FORCE = EnumSet.of(AgreementState.IN_FORCE, AgreementState.SUSPENDED);

	private DatesAndState() {
	}

	static void check(Cells cells, AgreementState state, HistoricAgreement.Dates dates, RenewalMode renewal,
			LocalDate today) {
		notFuture(cells, "referredOn", dates.referral(), today);
		notFuture(cells, "deliberationOn", dates.deliberation(), today);
		notFuture(cells, "approvedOn", dates.approval(), today);
		notFuture(cells, "signedOn", dates.signature(), today);
		inOrder(cells, "approvedOn", dates.approval(), "referredOn", dates.referral());
		inOrder(cells, "signedOn", dates.signature(), "referredOn", dates.referral());
		inOrder(cells, "signedOn", dates.signature(), "deliberationOn", dates.deliberation());
		inOrder(cells, "signedOn", dates.signature(), "approvedOn", dates.approval());
		inOrder(cells, "inForceFrom", dates.entryIntoForce(), "signedOn", dates.signature());
		LocalDate start = (dates.entryIntoForce() != null) ? dates.entryIntoForce() : dates.signature();
		if (dates.end() != null && start != null && !dates.end().isAfter(start)) {
			cells.problem("endsOn", "import.ends-before", dates.end(), start);
		}
		if (cells.isWrong()) {
			return;
		}
		state(cells, state, dates, renewal, start, today);
	}

	private static void state(Cells cells, AgreementState state, HistoricAgreement.Dates dates, RenewalMode renewal,
			LocalDate start, LocalDate today) {
		if (state == AgreementState.RENEWED) {
			cells.problem("state", "import.state-renewed");
			return;
		}
		boolean signed = dates.signature() != null || dates.entryIntoForce() != null;
		if (SIGNED.contains(state) && !signed) {
			cells.problem("signedOn", "import.state-needs-signature", state.name());
		}
		if (!SIGNED.contains(state) && dates.signature() != null) {
			cells.problem("state", "import.signed-but-state", state.name(), dates.signature());
		}
		if (state == AgreementState.SIGNED && start != null && !start.isAfter(today)) {
			cells.problem("state", "import.signed-but-in-force", start);
		}
		if (IN_FORCE.contains(state) && start != null) {
			if (start.isAfter(today)) {
				cells.problem("state", "import.in-force-but-not-yet", start);
			}
			// an agreement that renews tacitly is still in force after the end it gives
			if (dates.end() != null && !dates.end().isAfter(today) && renewal != RenewalMode.TACIT) {
				cells.problem("endsOn", "import.in-force-but-ended", dates.end());
			}
		}
		if (state == AgreementState.EXPIRED && (dates.end() == null || dates.end().isAfter(today))) {
			cells.problem("endsOn", "import.expired-needs-end");
		}
	}

	private static void notFuture(Cells cells, String column, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			cells.problem(column, "import.in-future", date);
		}
	}

	/** The later act may not come before the earlier one. */
	private static void inOrder(Cells cells, String laterColumn, LocalDate later, String earlierColumn,
			LocalDate earlier) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			cells.problem(laterColumn, "import.before", later, earlierColumn, earlier);
		}
	}

}
