package org.taawun.workflow.adapters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.RenewalMode;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * Where the lifecycle of an agreement brought in from a portfolio takes up, by the state
 * the register says it is in, and what it needs to know there. The lifecycle starts
 * before those activities, without the listeners and mappings of what came before: the
 * steps taken before Taawun are not taken again.
 *
 * @param activities the activities the lifecycle starts before, outermost first
 */
record Resumption(List<String> activities, Map<String, Object> variables) {

	/**
	 * The resumption of the agreement's lifecycle; empty when its life is over (expired,
	 * terminated, abandoned).
	 * @param record what its portfolio says of it
	 * @param today the day it is brought in
	 */
	static Optional<Resumption> of(Agreement agreement, HistoricAgreement record, LocalDate today) {
		Agreement.KeyDates dates = agreement.dates();
		Map<String, Object> variables = new LinkedHashMap<>();
		List<String> activities = switch (agreement.state()) {
			case INITIATIVE, VETTING -> List.of(Tasks.CHECK_ELIGIBILITY);
			case NEGOTIATION -> List.of(Tasks.NEGOTIATE_DRAFT);
			case FOREIGN_AFFAIRS_REVIEW, APPEAL, COUNCIL, SUPERVISORY_REVIEW -> {
				put(variables, Vars.REFERRAL_DATE, dates.referral());
				yield List.of(Tasks.FOLLOW_UP_REFERRAL);
			}
			case REFUSED -> List.of(Tasks.DECIDE_AFTER_REFUSAL);
			case APPROVED -> {
				put(variables, Vars.APPROVAL_DATE,
						(dates.approval() != null) ? dates.approval() : dates.deliberation());
				// the wait for the signature counts from the day Taawun took the file
				// over
				put(variables, Vars.SIGNATURE_WAIT_SINCE, today);
				variables.put(Vars.TEXT_ACCEPTED_BY_PARTNER, true);
				// each signatory in turn: the signing is a multi-instance activity
				yield List.of(Tasks.SIGN_AGREEMENT + "#multiInstanceBody");
			}
			case SIGNED -> {
				inForce(variables, record);
				yield List.of(Tasks.ENTRY_INTO_FORCE);
			}
			case IN_FORCE, RENEWED -> {
				inForce(variables, record);
				yield List.of(Tasks.IN_FORCE);
			}
			case SUSPENDED -> {
				inForce(variables, record);
				yield List.of(Tasks.IN_FORCE, Tasks.RECORD_RESUMPTION);
			}
			case EXPIRED, TERMINATED, ABANDONED -> List.of();
		};
		return activities.isEmpty() ? Optional.empty() : Optional.of(new Resumption(activities, variables));
	}

	/**
	 * What the life in force reads: its signature, the term it runs in (a tacit renewal
	 * counts from the term's first day), and how it renews.
	 */
	private static void inForce(Map<String, Object> variables, HistoricAgreement record) {
		HistoricAgreement.Dates dates = record.dates();
		LocalDate entry = (dates.termStart() != null) ? dates.termStart() : dates.entryIntoForce();
		put(variables, Vars.SIGNATURE_DATE, (dates.signature() != null) ? dates.signature() : entry);
		put(variables, Vars.ENTRY_INTO_FORCE_DATE, entry);
		put(variables, Vars.END_DATE, dates.end());
		put(variables, Vars.RENEWAL_MODE, ((record.renewal() != null) ? record.renewal() : RenewalMode.EXPRESS).name());
	}

	/** Dates are ISO text in the processes, as the forms write them. */
	private static void put(Map<String, Object> variables, String name, Object value) {
		if (value != null) {
			variables.put(name, value.toString());
		}
	}

}
