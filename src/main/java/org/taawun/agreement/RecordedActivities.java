package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.party.PartnerKind;

/**
 * The visits, projects and donations recorded as they happened, with what became of them:
 * an agreement's, and an authority's outside any agreement.
 */
@Service
public class RecordedActivities {

	private static final String SELECT = """
			select id, agreement_id, local_authority, partner_name, partner_kind, kind, title, date_from, date_to,
			    status, funded_by, notes
			from recorded_activity""";

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final Visibilities visibilities;

	RecordedActivities(JdbcClient jdbc, Agreements agreements, Visibilities visibilities) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.visibilities = visibilities;
	}

	/** The activities of an agreement the viewer may see, oldest first. */
	@Transactional(readOnly = true)
	public List<RecordedActivity> ofAgreement(long agreementId, Account viewer) {
		if (this.agreements.visible(agreementId, viewer).isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where agreement_id = ? order by date_from nulls first, id")
			.param(agreementId)
			.query(RecordedActivities::map)
			.list();
	}

	/**
	 * The activities of an authority outside any agreement, oldest first; empty unless
	 * the viewer may see the authority's files.
	 */
	@Transactional(readOnly = true)
	public List<RecordedActivity> outsideAgreements(String authority, Account viewer) {
		if (!this.visibilities.maySeeAuthority(viewer, authority)) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where local_authority = ? and agreement_id is null order by date_from nulls first, id")
			.param(authority)
			.query(RecordedActivities::map)
			.list();
	}

	/**
	 * The activities of the authorities, agreements' and others', for a national count.
	 */
	@Transactional(readOnly = true)
	public List<RecordedActivity> ofAuthority(String authority) {
		return this.jdbc.sql(SELECT + " where local_authority = ? order by date_from nulls first, id")
			.param(authority)
			.query(RecordedActivities::map)
			.list();
	}

	/**
	 * Records the activity, or writes what changed of the same activity recorded before.
	 * @param earlier the same activity as recorded before, or empty
	 * @return the activity as stored
	 */
	@Transactional
	public RecordedActivity record(RecordedActivity activity, Optional<RecordedActivity> earlier) {
		if (earlier.isPresent()) {
			RecordedActivity known = earlier.get();
			this.jdbc.sql("""
					update recorded_activity set partner_kind = ?, date_to = ?, status = ?, funded_by = ?, notes = ?
					where id = ?""")
				.params(name(activity.partnerKind()), activity.to(), activity.status().name(), activity.fundedBy(),
						activity.notes(), known.id())
				.update();
			return activity.withId(known.id());
		}
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into recorded_activity (agreement_id, local_authority, partner_name, partner_kind, kind, title,
				    date_from, date_to, status, funded_by, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Arrays.asList(activity.agreementId(), activity.localAuthority(), activity.partnerName(),
					name(activity.partnerKind()), activity.kind().name(), activity.title(), activity.from(),
					activity.to(), activity.status().name(), activity.fundedBy(), activity.notes()))
			.update(key, "id");
		return activity.withId(key.getKey().longValue());
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static RecordedActivity map(ResultSet rs, int row) throws SQLException {
		return new RecordedActivity(rs.getLong("id"), rs.getObject("agreement_id", Long.class),
				rs.getString("local_authority"), rs.getString("partner_name"),
				(rs.getString("partner_kind") != null) ? PartnerKind.valueOf(rs.getString("partner_kind")) : null,
				RecordedActivity.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
				RecordedActivity.Status.valueOf(rs.getString("status")), rs.getString("funded_by"),
				rs.getString("notes"));
	}

}
