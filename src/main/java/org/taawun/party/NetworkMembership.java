package org.taawun.party;

import java.time.LocalDate;

/**
 * An authority's membership of a network of cities.
 *
 * @param network a {@link CityNetwork} code, or the name of a network not listed
 * @param since the day the authority joined, if known
 * @param role what the authority is in the network (member, board, vice-president), if
 * said
 * @param seats how many seats it holds, where the network counts them (ARLEM)
 * @param deliberationReference the council's deliberation to join, where the law asks for
 * one (Morocco)
 * @param deliberationDate the day of that deliberation
 */
public record NetworkMembership(Long id, String localAuthority, String network, LocalDate since, String role,
		Integer seats, String notes, String deliberationReference, LocalDate deliberationDate) {

	/** A membership that cites no deliberation. */
	public NetworkMembership(Long id, String localAuthority, String network, LocalDate since, String role,
			Integer seats, String notes) {
		this(id, localAuthority, network, since, role, seats, notes, null, null);
	}

	/** The network's names, in both languages. */
	public BilingualName networkName() {
		return CityNetwork.nameOf(this.network);
	}

	/** The same membership with another id, as stored. */
	NetworkMembership withId(long newId) {
		return new NetworkMembership(newId, this.localAuthority, this.network, this.since, this.role, this.seats,
				this.notes, this.deliberationReference, this.deliberationDate);
	}

	/** Whether the other says the same of the membership, whatever their ids. */
	public boolean saysTheSameAs(NetworkMembership other) {
		return withId(0).equals(other.withId(0));
	}

}
