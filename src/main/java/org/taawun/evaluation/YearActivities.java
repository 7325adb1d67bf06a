package org.taawun.evaluation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.taawun.agreement.RecordedActivity;
import org.taawun.document.DocumentKind;
import org.taawun.law.LegalCalendar;
import org.taawun.party.Jurisdiction;

/**
 * What a country's agreements did in a year: the visits, projects and donations recorded
 * as done, and those carried through their processes — a visit once its mission report is
 * issued, a project once its follow-up closed it as delivered, a donation once the
 * council's deliberation accepting it is.
 */
@Component
class YearActivities {

	private final JdbcClient jdbc;

	private final LegalCalendar calendar;

	private final EvaluationProcess process;

	YearActivities(JdbcClient jdbc, LegalCalendar calendar, EvaluationProcess process) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.process = process;
	}

	/** What each agreement of the country that did something did in the year. */
	Map<Long, Done> of(Jurisdiction country, int year) {
		return of("a.jurisdiction = :scope", country.name(), year);
	}

	/** What the agreement did in the year. */
	Done of(long agreementId, int year) {
		return of("a.id = :scope", agreementId, year).getOrDefault(agreementId, Done.NOTHING);
	}

	private Map<Long, Done> of(String scope, Object scopeValue, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = start.plusYears(1);
		Map<Long, Done> done = new HashMap<>();
		this.jdbc.sql("""
				select agreement_id,
				    count(*) filter (where kind in (:visits)) as visits,
				    count(*) filter (where kind = :project) as projects,
				    count(*) filter (where kind = :donation) as donations
				from (
				    select r.agreement_id, r.kind from recorded_activity r join agreement a on a.id = r.agreement_id
				    where %1$s and r.status = :done and r.date_from >= :start and r.date_from < :end
				    union all
				    select d.agreement_id, case d.kind when :missionReportKind then :visit else :donation end
				    from issued_document d join agreement a on a.id = d.agreement_id
				    where %1$s and d.kind in (:missionReportKind, :donationExtract) and d.version = 1
				      and d.issued_at >= :from and d.issued_at < :until
				) activity
				group by agreement_id""".formatted(scope))
			.param("visits",
					List.of(RecordedActivity.Kind.VISIT_OUTGOING.name(), RecordedActivity.Kind.VISIT_INCOMING.name()))
			.param("visit", RecordedActivity.Kind.VISIT_OUTGOING.name())
			.param("project", RecordedActivity.Kind.PROJECT.name())
			.param("donation", RecordedActivity.Kind.DONATION.name())
			.param("done", RecordedActivity.Status.DONE.name())
			.param("scope", scopeValue)
			.param("start", start)
			.param("end", end)
			.param("missionReportKind", DocumentKind.MISSION_REPORT.name())
			.param("donationExtract", DocumentKind.DONATION_EXTRACT.name())
			.param("from", Timestamp.from(this.calendar.startOf(start)))
			.param("until", Timestamp.from(this.calendar.startOf(end)))
			.query((rs) -> {
				done.put(rs.getLong("agreement_id"),
						new Done(rs.getInt("visits"), rs.getInt("projects"), rs.getInt("donations")));
			});
		Map<String, Integer> delivered = this.process.projectsDelivered(this.calendar.startOf(start),
				this.calendar.startOf(end));
		if (!delivered.isEmpty()) {
			this.jdbc.sql("select a.id, a.reference from agreement a where a.reference in (:references) and " + scope)
				.param("references", delivered.keySet())
				.param("scope", scopeValue)
				.query((rs) -> {
					done.merge(rs.getLong("id"), new Done(0, delivered.get(rs.getString("reference")), 0), Done::plus);
				});
		}
		return done;
	}

	/** What an agreement did in a year. */
	record Done(int visits, int projects, int donations) {

		static final Done NOTHING = new Done(0, 0, 0);

		Done plus(Done other) {
			return new Done(this.visits + other.visits, this.projects + other.projects,
					this.donations + other.donations);
		}

	}

}
