package org.taawun.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * open: opening one starts the year's evaluation in every agreement in force that is not
 * already evaluating it, each a task for the authority's secretariat due on the
 * campaign's day.
 */
@Service
public class Campaigns {

	private final JdbcClient jdbc;

	private final EvaluationProcess process;

	private final LegalCalendar calendar;

	private final Refusals refusals;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, EvaluationProcess process, LegalCalendar calendar, Refusals refusals, Clock clock) {
		this.jdbc = jdbc;
		this.process = process;
		this.calendar = calendar;
		this.refusals = refusals;
		this.clock = clock;
	}

	/**
	 * Opens the campaign of the year for the country, and the year's evaluation of each
	 * of its agreements in force that has none.
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
		Set<String> evaluating = this.process.evaluating(year);
		int started = 0;
		for (String reference : this.jdbc
			.sql("""
					select a.reference from agreement a
					where a.jurisdiction = ? and a.state = 'IN_FORCE'
					  and not exists (select 1 from evaluation_report r where r.agreement_id = a.id and r.evaluated_year = ?)
					order by a.reference""")
			.params(opening.jurisdiction().name(), year)
			.query(String.class)
			.list()) {
			if (!evaluating.contains(reference) && this.process.evaluate(reference, year, due)) {
				started++;
			}
		}
		return new Opened(find(key.getKey().longValue()).orElseThrow(), started);
	}

	/** A campaign opened, and how many evaluations it started. */
	public record Opened(Campaign campaign, int evaluationsStarted) {
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
