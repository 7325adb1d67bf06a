package org.taawun.agreement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.party.BilingualName;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * Who else works with a partner or an organisation ("who else works with Konya?", "who
 * has sorted waste with GIZ?"): every word found, accents and Arabic marks aside, in an
 * agreement in force or ended (its reference, titles, partner) or in a project or visit
 * outside any agreement (its title, partner, funder). Only what the open register shows
 * of agreements, and what authorities recorded of their work with organisations.
 */
@Service
public class PeerSearch {

	/** The most a search lists of each. */
	public static final int LIMIT = 50;

	private final JdbcClient jdbc;

	private final LocalAuthorities authorities;

	PeerSearch(JdbcClient jdbc, LocalAuthorities authorities) {
		this.jdbc = jdbc;
		this.authorities = authorities;
	}

	@Transactional(readOnly = true)
	public List<Peer> workingWith(String words) {
		Map<String, Object> params = new HashMap<>();
		List<String> inAgreement = SearchText.eachWord(RegisterQueries.FOLDED + " like :word{0} escape '\\'", words,
				params);
		if (inAgreement.isEmpty()) {
			return List.of();
		}
		record Found(String authority, String partner, String country, BilingualName title, AgreementState state,
				LocalDate since) {
		}
		List<Found> found = new ArrayList<>();
		params.put("published", PublicAgreement.PUBLISHED.stream().map(Enum::name).toList());
		this.jdbc
			.sql("select a.local_authority, a.partner_name, a.partner_country, a.title_ar, a.title_fr, a.state, "
					+ "a.signature_date from agreement a where a.state in (:published)" + " and "
					+ String.join(" and ", inAgreement) + " order by a.signature_date desc, a.id desc limit " + LIMIT)
			.params(params)
			.query((rs) -> {
				found.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3),
						new BilingualName(rs.getString(4), rs.getString(5)), AgreementState.valueOf(rs.getString(6)),
						date(rs.getDate(7))));
			});
		this.jdbc.sql("select r.local_authority, coalesce(r.partner_name, r.funded_by), r.title, r.date_from "
				+ "from recorded_activity r where r.agreement_id is null" + " and "
				+ String.join(" and ", SearchText.eachWord("search_fold(r.title || ' ' || "
						+ "coalesce(r.partner_name, '') || ' ' || coalesce(r.funded_by, '')) like :word{0} escape '\\'",
						words, params))
				+ " order by r.date_from desc, r.id desc limit " + LIMIT)
			.params(params)
			.query((rs) -> {
				found.add(new Found(rs.getString(1), rs.getString(2), null,
						new BilingualName(rs.getString(3), rs.getString(3)), null, date(rs.getDate(4))));
			});
		Map<String, LocalAuthority> named = this.authorities
			.named(found.stream().map(Found::authority).distinct().toList());
		return found.stream()
			.filter((f) -> named.containsKey(f.authority()))
			.map((f) -> new Peer(named.get(f.authority()), f.partner(), f.country(), f.title(), f.state(), f.since()))
			.toList();
	}

	private static LocalDate date(Date date) {
		return (date == null) ? null : date.toLocalDate();
	}

}
