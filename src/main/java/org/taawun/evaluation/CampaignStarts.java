package org.taawun.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the evaluations the open campaigns ask for, in the background: a country's
 * thousands of agreements in force take longer than a request may. Each agreement is
 * claimed, started and marked in a transaction of its own: one lifecycle that moved on
 * meanwhile stops nothing else, two instances of the application never start the same
 * evaluation, and after a restart the agreements not marked are tried again.
 */
@Service
public class CampaignStarts {

	private static final Logger log = LoggerFactory.getLogger(CampaignStarts.class);

	private static final int CHUNK = 100;

	private final JdbcClient jdbc;

	private final EvaluationProcess process;

	private final TransactionTemplate transactions;

	CampaignStarts(JdbcClient jdbc, EvaluationProcess process, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.process = process;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Tries every agreement the open campaigns have not tried yet, in the order they were
	 * written; one run at a time.
	 * @return how many this run tried
	 */
	@Scheduled(fixedDelayString = "${taawun.campaign.start-every:PT2S}",
			initialDelayString = "${taawun.campaign.start-every:PT2S}")
	public synchronized int startPending() {
		// which agreements already evaluate a year, read once a run
		Map<Integer, Set<String>> evaluating = new HashMap<>();
		int tried = 0;
		List<Pending> pending;
		do {
			pending = this.jdbc.sql("""
					select s.campaign_id, s.agreement_id, a.reference, c.campaign_year, c.due
					from campaign_start s join agreement a on a.id = s.agreement_id
					join evaluation_campaign c on c.id = s.campaign_id
					where s.outcome is null order by s.campaign_id, s.agreement_id limit %d""".formatted(CHUNK))
				.query((rs, row) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
						rs.getObject(5, LocalDate.class)))
				.list();
			for (Pending start : pending) {
				tried += start(start, evaluating.computeIfAbsent(start.year(), this.process::evaluating)) ? 1 : 0;
			}
		}
		while (pending.size() == CHUNK);
		return tried;
	}

	/** Whether this run tried the agreement, rather than another instance. */
	private boolean start(Pending start, Set<String> evaluated) {
		AtomicReference<Outcome> outcome = new AtomicReference<>();
		try {
			this.transactions.executeWithoutResult((status) -> {
				if (claimed(start)) {
					outcome.set(outcome(start, evaluated));
					record(start, outcome.get());
				}
			});
		}
		catch (RuntimeException ex) {
			// a lifecycle the engine refused to move leaves the transaction to roll back:
			// the outcome is written after it
			this.transactions.executeWithoutResult((status) -> {
				if (claimed(start)) {
					record(start, (outcome.get() != null) ? outcome.get() : Outcome.FAILED);
				}
			});
		}
		return outcome.get() != null;
	}

	/** Whether the agreement was still to try: another instance may have taken it. */
	private boolean claimed(Pending start) {
		return this.jdbc.sql("""
				update campaign_start set outcome = 'STARTING'
				where campaign_id = ? and agreement_id = ? and outcome is null""")
			.params(start.campaignId(), start.agreementId())
			.update() == 1;
	}

	private Outcome outcome(Pending start, Set<String> evaluated) {
		if (evaluated.contains(start.reference())) {
			return Outcome.ALREADY;
		}
		try {
			return this.process.evaluate(start.reference(), start.year(), start.due()) ? Outcome.STARTED
					: Outcome.NOT_IN_FORCE;
		}
		catch (RuntimeException ex) {
			// one lifecycle the engine could not move does not hold up the country's
			log.error("The evaluation of {} for {} could not start", start.reference(), start.year(), ex);
			return Outcome.FAILED;
		}
	}

	private void record(Pending start, Outcome outcome) {
		this.jdbc.sql("update campaign_start set outcome = ? where campaign_id = ? and agreement_id = ?")
			.params(outcome.name(), start.campaignId(), start.agreementId())
			.update();
	}

	/** How far the campaign's evaluations have been started. */
	public StartProgress progress(long campaignId) {
		return this.jdbc.sql("""
				select count(*), count(case when outcome <> 'STARTING' then 1 end),
				    count(case when outcome = 'STARTED' then 1 end)
				from campaign_start where campaign_id = ?""")
			.param(campaignId)
			.query((rs, row) -> new StartProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/**
	 * How far a campaign's evaluations have been started.
	 *
	 * @param toStart the agreements in force without a report of the year when it opened
	 * @param tried those tried so far
	 * @param started those whose evaluation it started (the others were evaluating the
	 * year already, no longer in force, or could not start: the log says why)
	 */
	public record StartProgress(int toStart, int tried, int started) {

		public boolean running() {
			return this.tried < this.toStart;
		}

	}

	private enum Outcome {

		STARTED, ALREADY, NOT_IN_FORCE, FAILED

	}

	private record Pending(long campaignId, long agreementId, String reference, int year, LocalDate due) {
	}

}
