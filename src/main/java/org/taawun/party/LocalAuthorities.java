package org.taawun.party;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local authorities known to this installation.
 */
@Service
public class LocalAuthorities {

	private static final String SELECT = """
			select code, jurisdiction, kind, name_ar, name_fr, province_code, province_name_ar, province_name_fr, email,
			    region_name_ar, region_name_fr
			from local_authority""";

	private final JdbcClient jdbc;

	LocalAuthorities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Finds an authority by its code; empty when no such authority is registered. */
	@Transactional(readOnly = true)
	public Optional<LocalAuthority> find(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(LocalAuthorities::map).optional();
	}

	/** The registered authorities among the codes, by code. */
	@Transactional(readOnly = true)
	public Map<String, LocalAuthority> named(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where code in (:codes)")
			.param("codes", codes)
			.query(LocalAuthorities::map)
			.list()
			.stream()
			.collect(Collectors.toMap(LocalAuthority::code, (authority) -> authority));
	}

	/**
	 * The wilayas and governorates of the authorities known in the countries, by code, in
	 * the order of their codes.
	 */
	@Transactional(readOnly = true)
	public Map<String, LocalAuthority.Province> provinces(Collection<Jurisdiction> countries) {
		if (countries.isEmpty()) {
			return Map.of();
		}
		Map<String, LocalAuthority.Province> provinces = new TreeMap<>();
		this.jdbc
			.sql("select distinct province_code, province_name_ar, province_name_fr from local_authority "
					+ "where jurisdiction in (:countries)")
			.param("countries", countries.stream().map(Enum::name).toList())
			.query((rs) -> {
				provinces.put(rs.getString(1), new LocalAuthority.Province(rs.getString(1),
						new BilingualName(rs.getString(2), rs.getString(3))));
			});
		return provinces;
	}

	/** Registers an authority, or updates its names when it is already known. */
	@Transactional
	public void register(LocalAuthority authority) {
		int updated = this.jdbc.sql("""
				update local_authority set jurisdiction = ?, kind = ?, name_ar = ?, name_fr = ?,
				    province_code = ?, province_name_ar = ?, province_name_fr = ?, email = ?,
				    region_name_ar = ?, region_name_fr = ?
				where code = ?""").params(columns(authority)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into local_authority (jurisdiction, kind, name_ar, name_fr,
					    province_code, province_name_ar, province_name_fr, email,
					    region_name_ar, region_name_fr, code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(columns(authority)).update();
		}
	}

	/** The columns in the order both statements list them, the code last. */
	private static List<Object> columns(LocalAuthority authority) {
		return Arrays.asList(authority.jurisdiction().name(), authority.kind().name(), authority.name().ar(),
				authority.name().fr(), authority.province().code(), authority.province().name().ar(),
				authority.province().name().fr(), authority.email(),
				(authority.region() != null) ? authority.region().ar() : null,
				(authority.region() != null) ? authority.region().fr() : null, authority.code());
	}

	private static LocalAuthority map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new LocalAuthority(rs.getString("code"), Jurisdiction.valueOf(rs.getString("jurisdiction")),
				AuthorityKind.valueOf(rs.getString("kind")),
				new BilingualName(rs.getString("name_ar"), rs.getString("name_fr")),
				new LocalAuthority.Province(rs.getString("province_code"),
						new BilingualName(rs.getString("province_name_ar"), rs.getString("province_name_fr"))),
				rs.getString("email"), (rs.getString("region_name_ar") != null)
						? new BilingualName(rs.getString("region_name_ar"), rs.getString("region_name_fr")) : null);
	}

}
