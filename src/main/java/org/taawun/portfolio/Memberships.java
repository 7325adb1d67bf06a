package org.taawun.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.party.CityNetwork;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.party.NetworkMembership;
import org.taawun.party.Networks;

/**
 * The networks of cities each authority belongs to, kept by those who keep its portfolio:
 * its secretariat, the ministry that keeps its country's national inventory, an
 * administrator; seen nationally by the ministries.
 */
@Service
public class Memberships {

	private final Networks networks;

	private final LocalAuthorities authorities;

	private final Clock clock;

	Memberships(Networks networks, LocalAuthorities authorities, Clock clock) {
		this.networks = networks;
		this.authorities = authorities;
		this.clock = clock;
	}

	/** Whether the account keeps the authority's memberships. */
	public boolean mayKeep(String authority, Account account) {
		Importer importer = importer(account);
		return importer.authority(authority).map(importer::mayImportFor).orElse(false);
	}

	/**
	 * Adds the membership, or writes what changed of the authority's membership of that
	 * network.
	 * @throws MembershipRefusedException with a message key per refused field
	 * @throws AccessDeniedException unless the account keeps the authority's memberships
	 */
	@Transactional
	public NetworkMembership keep(NetworkMembership membership, Account account) {
		Importer importer = importer(account);
		LocalAuthority authority = importer.authority(membership.localAuthority())
			.filter(importer::mayImportFor)
			.orElseThrow(() -> new AccessDeniedException(
					account.userId() + " does not keep " + membership.localAuthority()));
		Map<String, String> refused = new LinkedHashMap<>();
		String network = (membership.network() != null) ? membership.network().strip() : "";
		if (network.isEmpty()) {
			refused.put("network", "membership.network.required");
		}
		else if (network.length() > 200) {
			refused.put("network", "membership.too-long");
		}
		if (membership.since() != null && membership.since().isAfter(LocalDate.now(this.clock))) {
			refused.put("since", "membership.since.future");
		}
		if (membership.seats() != null && membership.seats() < 1) {
			refused.put("seats", "membership.seats.positive");
		}
		if (membership.role() != null && membership.role().length() > 200) {
			refused.put("role", "membership.too-long");
		}
		if (membership.notes() != null && membership.notes().length() > 2000) {
			refused.put("notes", "membership.too-long");
		}
		JoiningDeliberation.problems(authority, membership, importer.today()).forEach(refused::putIfAbsent);
		if (!refused.isEmpty()) {
			throw new MembershipRefusedException(refused);
		}
		String code = CityNetwork.ofCode(network).map(Enum::name).orElse(network);
		return this.networks.save(new NetworkMembership(null, membership.localAuthority(), code, membership.since(),
				blankToNull(membership.role()), membership.seats(), blankToNull(membership.notes()),
				blankToNull(membership.deliberationReference()), membership.deliberationDate()));
	}

	/** Ends the authority's membership of a network. */
	@Transactional
	public void remove(String authority, long id, Account account) {
		if (!mayKeep(authority, account)) {
			throw new AccessDeniedException(account.userId() + " does not keep " + authority);
		}
		this.networks.remove(authority, id);
	}

	/**
	 * The memberships the viewer sees across authorities: a ministry or an administrator
	 * those of every authority of its country (every country for an administrator), a
	 * municipal role those of its own authorities; by network, then authority.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<NetworkMembership>> seenBy(Account viewer) {
		Stream<NetworkMembership> seen;
		if (viewer.isAdmin() || !viewer.reviewerGroups().isEmpty()) {
			seen = Stream.of(Jurisdiction.values())
				.filter((jurisdiction) -> viewer.isAdmin() || viewer.memberships()
					.stream()
					.anyMatch((m) -> m.role().jurisdiction().equals(Optional.of(jurisdiction))))
				.flatMap((jurisdiction) -> this.networks.ofJurisdiction(jurisdiction).stream());
		}
		else {
			seen = this.networks.ofAuthorities(viewer.authorities()).values().stream().flatMap(List::stream);
		}
		return seen.sorted(Comparator.comparing(NetworkMembership::localAuthority))
			.collect(Collectors.groupingBy(NetworkMembership::network, TreeMap::new, Collectors.toList()));
	}

	private Importer importer(Account account) {
		return new Importer(account, LocalDate.now(this.clock), this.authorities::find);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A membership that cannot be kept as given: a message key per field. */
	public static class MembershipRefusedException extends RuntimeException {

		private final transient Map<String, String> refused;

		MembershipRefusedException(Map<String, String> refused) {
			super("Membership refused: " + refused.keySet());
			this.refused = Map.copyOf(refused);
		}

		public Map<String, String> refused() {
			return this.refused;
		}

	}

}
