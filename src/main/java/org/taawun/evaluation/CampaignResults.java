package org.taawun.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.document.CampaignResult;
import org.taawun.document.CampaignResultPdf;

/**
 * What a campaign found for its country, counted over every agreement and printed as the
 * national report.
 */
@Service
public class CampaignResults {

	private final JdbcClient jdbc;

	private final YearActivities activities;

	private final CampaignFollowUp followUp;

	private final CampaignResultPdf pdf;

	CampaignResults(JdbcClient jdbc, YearActivities activities, CampaignFollowUp followUp, CampaignResultPdf pdf) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.followUp = followUp;
		this.pdf = pdf;
	}

	/** The campaign's national report, as a PDF made now. */
	@Transactional(readOnly = true)
	public byte[] pdf(Campaign campaign) {
		return this.pdf.of(of(campaign));
	}

	/** What the campaign found, counted now. */
	@Transactional(readOnly = true)
	public CampaignResult of(Campaign campaign) {
		String country = campaign.jurisdiction().name();
		long active = this.jdbc.sql("""
				select count(*) from agreement a
				where a.jurisdiction = :country and (a.state in ('IN_FORCE', 'SUSPENDED') or exists
				    (select 1 from evaluation_report r where r.agreement_id = a.id and r.evaluated_year = :year))""")
			.param("country", country)
			.param("year", campaign.year())
			.query(Long.class)
			.single();
		// every report of the year belongs to one authority's progress: counted there
		List<AuthorityProgress> authorities = this.followUp.progress(campaign);
		long written = authorities.stream().mapToLong(AuthorityProgress::reported).sum();
		Map<Long, YearActivities.Done> done = this.activities.of(campaign.jurisdiction(), campaign.year());
		List<CampaignResult.Money> byCountry = money("a.partner_country", "", campaign);
		List<CampaignResult.Money> byField = money("f.field", "join agreement_field f on f.agreement_id = a.id",
				campaign);
		return new CampaignResult(campaign.jurisdiction(), campaign.year(), campaign.due(), active, written,
				done.values().stream().mapToLong(YearActivities.Done::visits).sum(),
				done.values().stream().mapToLong(YearActivities.Done::projects).sum(),
				done.values().stream().mapToLong(YearActivities.Done::donations).sum(), byCountry, byField,
				authorities.stream()
					.map((progress) -> new CampaignResult.AuthorityLine(progress.authority(), progress.expected(),
							progress.reported(), progress.status() == AuthorityProgress.Status.LATE))
					.toList());
	}

	/** The year's planned budgets of the country's agreements, by key and currency. */
	private List<CampaignResult.Money> money(String key, String join, Campaign campaign) {
		return this.jdbc
			.sql("select " + key
					+ " as money_key, p.currency as money_currency, sum(p.budget) as amount from action_plan p "
					+ "join agreement a on a.id = p.agreement_id " + join
					+ " where a.jurisdiction = ? and p.plan_year = ? group by 1, 2 order by 3 desc, 1")
			.params(campaign.jurisdiction().name(), campaign.year())
			.query((rs, row) -> new CampaignResult.Money(rs.getString("money_key"), rs.getString("money_currency"),
					rs.getBigDecimal("amount")))
			.list();
	}

}
