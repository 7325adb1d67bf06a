package org.taawun.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks of cities each authority belongs to: added by its secretariat or brought
 * in from a portfolio, one membership per authority and network.
 */
@Service
public class Networks {

	private static final String SELECT = """
			select id, local_authority, network, since, member_role, seats, notes, deliberation_number, deliberation_date
			from network_membership""";

	private final JdbcClient jdbc;

	Networks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The authority's memberships, by network name. */
	@Transactional(readOnly = true)
	public List<NetworkMembership> of(String authority) {
		return this.jdbc.sql(SELECT + " where local_authority = ? order by since nulls last, network")
			.param(authority)
			.query(Networks::map)
			.list();
	}

	/** The authority's membership of that network, if it has one. */
	@Transactional(readOnly = true)
	public Optional<NetworkMembership> find(String authority, String network) {
		return this.jdbc.sql(SELECT + " where local_authority = ? and network = ?")
			.params(authority, network)
			.query(Networks::map)
			.optional();
	}

	/** The memberships of the authorities, by authority code. */
	@Transactional(readOnly = true)
	public Map<String, List<NetworkMembership>> ofAuthorities(Collection<String> authorities) {
		if (authorities.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where local_authority in (:codes) order by since nulls last, network")
			.param("codes", authorities)
			.query(Networks::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(NetworkMembership::localAuthority));
	}

	/**
	 * Every membership of every authority of the jurisdiction, by network then authority.
	 */
	@Transactional(readOnly = true)
	public List<NetworkMembership> ofJurisdiction(Jurisdiction jurisdiction) {
		return this.jdbc
			.sql("select m.id, m.local_authority, m.network, m.since, m.member_role, m.seats, m.notes, "
					+ "m.deliberation_number, m.deliberation_date "
					+ "from network_membership m join local_authority a on a.code = m.local_authority "
					+ "where a.jurisdiction = ? order by m.network, m.local_authority")
			.param(jurisdiction.name())
			.query(Networks::map)
			.list();
	}

	/**
	 * Adds the membership, or writes what changed of the authority's membership of that
	 * network.
	 * @return the membership as stored
	 */
	@Transactional
	public NetworkMembership save(NetworkMembership membership) {
		Optional<NetworkMembership> earlier = find(membership.localAuthority(), membership.network());
		if (earlier.isPresent()) {
			this.jdbc.sql("""
					update network_membership set since = ?, member_role = ?, seats = ?, notes = ?,
					    deliberation_number = ?, deliberation_date = ?
					where id = ?""")
				.params(Arrays.asList(membership.since(), membership.role(), membership.seats(), membership.notes(),
						membership.deliberationReference(), membership.deliberationDate(), earlier.get().id()))
				.update();
			return membership.withId(earlier.get().id());
		}
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into network_membership (local_authority, network, since, member_role, seats, notes,
				    deliberation_number, deliberation_date)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Arrays.asList(membership.localAuthority(), membership.network(), membership.since(),
					membership.role(), membership.seats(), membership.notes(), membership.deliberationReference(),
					membership.deliberationDate()))
			.update(key, "id");
		return membership.withId(key.getKey().longValue());
	}

	/** Ends the authority's membership of a network. */
	@Transactional
	public boolean remove(String authority, long id) {
		return this.jdbc.sql("delete from network_membership where id = ? and local_authority = ?")
			.params(id, authority)
			.update() > 0;
	}

	private static NetworkMembership map(ResultSet rs, int row) throws SQLException {
		return new NetworkMembership(rs.getLong("id"), rs.getString("local_authority"), rs.getString("network"),
				rs.getObject("since", LocalDate.class), rs.getString("member_role"),
				rs.getObject("seats", Integer.class), rs.getString("notes"), rs.getString("deliberation_number"),
				rs.getObject("deliberation_date", LocalDate.class));
	}

}
