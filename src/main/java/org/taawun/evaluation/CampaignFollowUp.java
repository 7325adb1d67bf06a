package org.taawun.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.notification.StaffMail;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * How a campaign goes, authority by authority: how many of its agreements report on the
 * year, how many have, whether the due day has passed, when the ministry last reminded
 * it; and the reminders themselves, by staff mail to the authority's secretariat.
 */
@Service
public class CampaignFollowUp {

	private final JdbcClient jdbc;

	private final LocalAuthorities authorities;

	private final StaffMail mail;

	private final Clock clock;

	CampaignFollowUp(JdbcClient jdbc, LocalAuthorities authorities, StaffMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Each authority of the campaign's country with an agreement in force or a report of
	 * the year, those still awaited first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<AuthorityProgress> progress(Campaign campaign) {
		Map<String, Instant> reminded = new HashMap<>();
		this.jdbc.sql("""
				select local_authority, max(reminded_at) as last from campaign_reminder where campaign_id = ?
				group by local_authority""").param(campaign.id()).query((rs) -> {
			reminded.put(rs.getString("local_authority"), rs.getTimestamp("last").toInstant());
		});
		List<Tally> tallies = this.jdbc.sql("""
				select a.local_authority, count(*) as expected, count(r.agreement_id) as reported,
				    max(r.written_at) as last_report
				from agreement a
				left join evaluation_report r on r.agreement_id = a.id and r.evaluated_year = :year
				where a.jurisdiction = :country and (a.state = 'IN_FORCE' or r.agreement_id is not null)
				group by a.local_authority""")
			.param("year", campaign.year())
			.param("country", campaign.jurisdiction().name())
			.query((rs, row) -> new Tally(rs.getString("local_authority"), rs.getInt("expected"), rs.getInt("reported"),
					instant(rs.getTimestamp("last_report"))))
			.list();
		Map<String, LocalAuthority> named = this.authorities.named(tallies.stream().map(Tally::authority).toList());
		boolean overdue = campaign.overdueOn(LocalDate.now(this.clock));
		return tallies.stream()
			.map((tally) -> new AuthorityProgress(named.get(tally.authority()), tally.expected(), tally.reported(),
					tally.lastReport(), reminded.get(tally.authority()),
					tally.reported() >= tally.expected() ? AuthorityProgress.Status.REPORTED
							: overdue ? AuthorityProgress.Status.LATE : AuthorityProgress.Status.AWAITED))
			.sorted(AuthorityProgress.AWAITED_FIRST)
			.toList();
	}

	/**
	 * Reminds the authorities whose reports are still awaited — one of them when named,
	 * else all — and notes when.
	 * @return the authorities reminded
	 * @throws AccessDeniedException unless the reminder keeps the campaign's country's
	 * inventory
	 */
	@Transactional
	public List<LocalAuthority> remind(Campaign campaign, String onlyAuthority, Account reminder) {
		if (!reminder.inventoryCountries().contains(campaign.jurisdiction())) {
			throw new AccessDeniedException("Only the ministry that keeps the inventory reminds");
		}
		List<LocalAuthority> awaited = progress(campaign).stream()
			.filter((progress) -> progress.status() != AuthorityProgress.Status.REPORTED)
			.map(AuthorityProgress::authority)
			.filter((authority) -> onlyAuthority == null || authority.code().equals(onlyAuthority))
			.toList();
		for (LocalAuthority authority : awaited) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into campaign_reminder (campaign_id, local_authority, reminded_by, reminded_at)
					values (?, ?, ?, ?)""")
				.params(campaign.id(), authority.code(), reminder.userId(), Timestamp.from(this.clock.instant()))
				.update(key, "id");
			this.mail.evaluationsAwaited(authority.code(), campaign.year(), campaign.due(), key.getKey().longValue());
		}
		return awaited;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Tally(String authority, int expected, int reported, Instant lastReport) {
	}

}
