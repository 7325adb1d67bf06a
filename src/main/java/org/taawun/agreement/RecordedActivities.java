package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcTemplate batches;

	private final Agreements agreements;

	private final Visibilities visibilities;

	RecordedActivities(JdbcClient jdbc, JdbcTemplate batches, Agreements agreements, Visibilities visibilities) {
		this.jdbc = jdbc;
		this.batches = batches;
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
	 * Writes what changed of an activity recorded earlier (its dates, what became of it,
	 * who funded it).
	 */
	@Transactional
	public void update(RecordedActivity activity, RecordedActivity earlier) {
		this.jdbc.sql("""
				update recorded_activity set partner_kind = ?, date_to = ?, status = ?, funded_by = ?, notes = ?
				where id = ?""")
			.params(name(activity.partnerKind()), activity.to(), activity.status().name(), activity.fundedBy(),
					activity.notes(), earlier.id())
			.update();
	}

	/**
	 * Records new activities, a thousand to a round trip: a portfolio brings in tens of
	 * thousands at once.
	 */
	@Transactional
	public void recordAll(List<RecordedActivity> activities) {
		this.batches.batchUpdate("""
				insert into recorded_activity (agreement_id, local_authority, partner_name, partner_kind, kind, title,
				    date_from, date_to, status, funded_by, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", activities, 1000, (statement, activity) -> {
			statement.setObject(1, activity.agreementId());
			statement.setString(2, activity.localAuthority());
			statement.setString(3, activity.partnerName());
			statement.setString(4, name(activity.partnerKind()));
			statement.setString(5, activity.kind().name());
			statement.setString(6, activity.title());
			statement.setObject(7, activity.from());
			statement.setObject(8, activity.to());
			statement.setString(9, activity.status().name());
			statement.setString(10, activity.fundedBy());
			statement.setString(11, activity.notes());
		});
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
