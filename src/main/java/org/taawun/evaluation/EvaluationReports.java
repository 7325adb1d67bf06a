package org.taawun.evaluation;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each annual evaluation report as its authority wrote it, for the ministry to read
 * beside the others.
 */
@Service
public class EvaluationReports {

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationReports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Keeps the report; one written again for the same year replaces the earlier. */
	@Transactional
	public void keep(EvaluationReport report) {
		// replaced as a whole, in the completion's transaction, the same way on
		// PostgreSQL
		// and H2
		this.jdbc.sql("delete from evaluation_report where agreement_id = ? and evaluated_year = ?")
			.params(report.agreementId(), report.year())
			.update();
		this.jdbc.sql("""
				insert into evaluation_report (agreement_id, evaluated_year, achievements, difficulties, next_year_plan,
				    written_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(report.agreementId(), report.year(), report.achievements(), report.difficulties(),
					report.nextYearPlan(), Timestamp.from(this.clock.instant()))
			.update();
	}

}
