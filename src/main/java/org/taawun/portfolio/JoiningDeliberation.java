package org.taawun.portfolio;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.taawun.agreement.LegalBasis;
import org.taawun.party.LocalAuthority;
import org.taawun.party.NetworkMembership;

/**
 * Where the law makes joining a network of local governments a council deliberation
 * (Morocco, law 112-14 art. 94), a membership cites it: its number and day, not after
 * today, and the membership not older than it. Both routes that keep memberships, the
 * authority's page and an imported sheet, ask this.
 */
final class JoiningDeliberation {

	private JoiningDeliberation() {
	}

	/** What is wrong with the membership's deliberation: a message key per field. */
	static Map<String, String> problems(LocalAuthority authority, NetworkMembership membership, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		String number = membership.deliberationReference();
		LocalDate day = membership.deliberationDate();
		if (number != null && number.length() > 40) {
			problems.put("deliberationReference", "membership.too-long");
		}
		if (day != null && day.isAfter(today)) {
			problems.put("deliberationDate", "membership.since.future");
		}
		if (!LegalBasis.current(authority.jurisdiction()).joinsNetworksByDeliberation()) {
			return problems;
		}
		if (number == null || number.isBlank()) {
			problems.putIfAbsent("deliberationReference", "membership.deliberation.required");
		}
		if (day == null) {
			problems.putIfAbsent("deliberationDate", "membership.deliberation.required");
		}
		else if (membership.since() != null && membership.since().isBefore(day)) {
			problems.put("since", "membership.since.before-deliberation");
		}
		return problems;
	}

}
