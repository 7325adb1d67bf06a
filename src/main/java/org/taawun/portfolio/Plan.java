package org.taawun.portfolio;

import java.util.List;
import java.util.Map;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.RecordedActivity;
import org.taawun.party.NetworkMembership;

/**
 * A portfolio read and checked: its lines, and what the register already holds of them.
 *
 * @param earlier the agreements brought in before under the keys of the file, by
 * authority then key
 * @param activities the activities recorded before, of the authorities of the file
 * @param memberships the memberships held before, of the authorities of the file
 */
record Plan(String fingerprint, List<AgreementSheet.Line> agreements, Map<String, Map<String, Agreement>> earlier,
		List<EventSheet.Line> events, Map<String, List<RecordedActivity>> activities,
		List<MembershipSheet.Line> memberships, Map<String, List<NetworkMembership>> heldMemberships) {

	/** The agreement brought in before under the line's key, or null. */
	Agreement earlierOf(AgreementSheet.Line line) {
		return this.earlier.getOrDefault(line.record().draft().localAuthority(), Map.of()).get(line.record().key());
	}

	int size() {
		return this.agreements.size() + this.events.size() + this.memberships.size();
	}

}
