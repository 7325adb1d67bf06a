package org.taawun.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.taawun.party.BilingualName;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * An agreement as the API shows it. The list leaves out the authority's names, the tasks,
 * what the file waits for and the timeline; the single agreement has them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AgreementResource(long id, String reference, Jurisdiction jurisdiction, LegalBasis legalBasis,
		Authority localAuthority, Instrument instrument, String titleAr, String titleFr, ForeignPartner partner,
		Set<CooperationField> fields, AgreementState state, Agreement.KeyDates dates, String createdBy,
		Instant createdAt, Instant updatedAt, List<AgreementProcess.PendingTask> tasks,
		List<AgreementProcess.Waiting> waitingFor, List<TimelineEntry> timeline) {

	/** The authority by code, with its names where the caller asked for one agreement. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Authority(String code, BilingualName name) {
	}

	static AgreementResource summary(Agreement a) {
		return of(a, new Authority(a.localAuthority(), null), null, null, null);
	}

	static AgreementResource details(Agreements.AgreementDetails details) {
		Agreement a = details.agreement();
		return of(a, new Authority(a.localAuthority(), details.authority().name()), details.openTasks(),
				details.waitingFor(), details.timeline());
	}

	private static AgreementResource of(Agreement a, Authority authority, List<AgreementProcess.PendingTask> tasks,
			List<AgreementProcess.Waiting> waitingFor, List<TimelineEntry> timeline) {
		return new AgreementResource(a.id(), a.reference(), a.jurisdiction(), a.legalBasis(), authority, a.instrument(),
				a.titles().ar(), a.titles().fr(), a.partner(), a.fields(), a.state(), a.dates(), a.audit().createdBy(),
				a.audit().createdAt(), a.audit().updatedAt(), tasks, waitingFor, timeline);
	}

}
