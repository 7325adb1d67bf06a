package org.taawun.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.law.LegalCalendar;
import org.taawun.party.Jurisdiction;

/**
 * The yearly evaluation campaigns the ministries that keep their country's inventory
 * open: opening one asks for the year's evaluation in every agreement in force that is
 * not already evaluating it ({@link CampaignStarts}), each a task for the authority's
 * secretariat due on the campaign's day.
 */
@Service
public class Campaigns {

	private final JdbcClient jdbc;

	private final LegalCalendar calendar;

	private final Refusals refusals;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, LegalCalendar calendar, Refusals refusals, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.refusals = refusals;
		this.clock = clock;
	}

	/**
	 * Opens the campaign of the year for the country, and asks for the year's evaluation
	 * of each of its agreements in force that has no report of the year; they start in
	 * the background, a task each for the authority's secretariat.
	 * @throws AccessDeniedException unless the opener keeps the country's inventory
	 * @throws InvalidSubmissionException for a year not ended yet, a campaign already
	 * open, a due day before today or not after the year
	 */
	@Transactional
	public Opened open(CampaignOpening opening, Account opener) {
		if (!opener.inventoryCountries().contains(opening.jurisdiction())) {
			throw new AccessDeniedException("Only the ministry that keeps the inventory opens a campaign");
		}
		int year = opening.year();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate due = (opening.due() != null) ? opening.due() : this.calendar.evaluationDue(year);
		if (year >= today.getYear()) {
			throw this.refusals.of("year", "campaign.year.not-ended");
		}
		if (this.jdbc.sql("select count(*) from evaluation_campaign where jurisdiction = ? and campaign_year = ?")
			.params(opening.jurisdiction().name(), year)
			.query(Long.class)
			.single() > 0) {
			throw this.refusals.of("year", "campaign.year.open");
		}
		if (due.getYear() <= year || due.isBefore(today)) {
			throw this.refusals.of("due", "campaign.due.invalid");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					insert into evaluation_campaign (jurisdiction, campaign_year, due, opened_by, opened_at)
					values (?, ?, ?, ?, ?)""")
				.params(opening.jurisdiction().name(), year, due, opener.userId(), Timestamp.from(this.clock.instant()))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			// opened meanwhile by a colleague
			throw this.refusals.of("year", "campaign.year.open");
		}
		long id = key.getKey().longValue();
		int toStart = this.jdbc
			.sql("""
					insert into campaign_start (campaign_id, agreement_id)
					select ?, a.id from agreement a
					where a.jurisdiction = ? and a.state = 'IN_FORCE'
					  and not exists (select 1 from evaluation_report r where r.agreement_id = a.id and r.evaluated_year = ?)""")
			.params(id, opening.jurisdiction().name(), year)
			.update();
		return new Opened(find(id).orElseThrow(), toStart);
	}

	/**
	 * A campaign opened, and how many evaluations it starts: in the background
	 * ({@link CampaignStarts}), for every agreement in force not already evaluating the
	 * year.
	 */
	public record Opened(Campaign campaign, int evaluationsToStart) {
	}

	/**
	 * The campaigns of the countries whose inventory the viewer reads, latest year first.
	 */
	@Transactional(readOnly = true)
	public List<Campaign> seenBy(Account viewer) {
		List<String> countries = viewer.inventoryCountries().stream().map(Enum::name).toList();
		if (countries.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where jurisdiction in (:countries) order by campaign_year desc, jurisdiction")
			.param("countries", countries)
			.query(Campaigns::map)
			.list();
	}

	/** The campaign, if the viewer reads its country's inventory. */
	@Transactional(readOnly = true)
	public Optional<Campaign> visible(long id, Account viewer) {
		return find(id).filter((campaign) -> viewer.inventoryCountries().contains(campaign.jurisdiction()));
	}

	private Optional<Campaign> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Campaigns::map).optional();
	}

	private static final String SELECT = """
			select id, jurisdiction, campaign_year, due, opened_by, opened_at from evaluation_campaign""";

	private static Campaign map(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), Jurisdiction.valueOf(rs.getString("jurisdiction")),
				rs.getInt("campaign_year"), rs.getObject("due", LocalDate.class), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant());
	}

}
