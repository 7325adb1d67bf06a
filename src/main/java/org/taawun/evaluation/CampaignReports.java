package org.taawun.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The reports of a campaign side by side, each with what its joint committee planned for
 * the year and what was done.
 */
@Service
public class CampaignReports {

	/**
	 * The most reports read side by side at once; the national report counts them all.
	 */
	public static final int LIMIT = 500;

	private final JdbcClient jdbc;

	private final YearActivities activities;

	private final LocalAuthorities authorities;

	CampaignReports(JdbcClient jdbc, YearActivities activities, LocalAuthorities authorities) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.authorities = authorities;
	}

	/**
	 * The campaign's reports, of one authority when named, by authority and reference, at
	 * most {@link #LIMIT}.
	 */
	@Transactional(readOnly = true)
	public List<Report> sideBySide(Campaign campaign, String authority) {
		Map<Long, YearActivities.Done> done = this.activities.of(campaign.jurisdiction(), campaign.year());
		List<Report> reports = this.jdbc.sql("""
				select a.id, a.reference, a.local_authority, a.title_ar, a.title_fr, a.partner_name, a.partner_country,
				    r.achievements as report_achievements, r.difficulties as report_difficulties, r.written_at,
				    p.planned_visits, p.planned_projects, p.budget, p.currency as budget_currency, p.paid_by
				from evaluation_report r
				join agreement a on a.id = r.agreement_id
				left join action_plan p on p.agreement_id = a.id and p.plan_year = r.evaluated_year
				where a.jurisdiction = :country and r.evaluated_year = :year
				  and (cast(:authority as varchar) is null or a.local_authority = :authority)
				order by a.local_authority, a.reference
				limit :limit""")
			.param("country", campaign.jurisdiction().name())
			.param("year", campaign.year())
			.param("authority", authority)
			.param("limit", LIMIT)
			.query((rs, row) -> {
				YearActivities.Done did = done.getOrDefault(rs.getLong("id"), YearActivities.Done.NOTHING);
				Planned planned = (rs.getObject("planned_visits") == null) ? null
						: new Planned(rs.getInt("planned_visits"), rs.getInt("planned_projects"),
								rs.getBigDecimal("budget"), rs.getString("budget_currency"), rs.getString("paid_by"));
				return new Report(rs.getLong("id"), rs.getString("reference"), rs.getString("local_authority"), null,
						rs.getString("title_ar"), rs.getString("title_fr"), rs.getString("partner_name"),
						rs.getString("partner_country"), planned, did.visits(), did.projects(), did.donations(),
						rs.getString("report_achievements"), rs.getString("report_difficulties"),
						rs.getTimestamp("written_at").toInstant());
			})
			.list();
		Map<String, LocalAuthority> named = this.authorities
			.named(reports.stream().map(Report::authorityCode).distinct().toList());
		return reports.stream().map((report) -> report.of(named.get(report.authorityCode()))).toList();
	}

	/**
	 * A report with its plan and what was done.
	 *
	 * @param planned what the joint committee planned for the year, or null when no plan
	 * was adopted
	 */
	public record Report(long agreementId, String reference, String authorityCode, LocalAuthority authority,
			String titleAr, String titleFr, String partnerName, String partnerCountry, Planned planned, int visitsDone,
			int projectsDone, int donationsDone, String achievements, String difficulties, Instant writtenAt) {

		Report of(LocalAuthority named) {
			return new Report(this.agreementId, this.reference, this.authorityCode, named, this.titleAr, this.titleFr,
					this.partnerName, this.partnerCountry, this.planned, this.visitsDone, this.projectsDone,
					this.donationsDone, this.achievements, this.difficulties, this.writtenAt);
		}

	}

	/** What a year's action plan planned. */
	public record Planned(int visits, int projects, BigDecimal budget, String currency, String paidBy) {
	}

}
