package org.taawun.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.taawun.identity.Account;
import org.taawun.portfolio.ImportProblem;
import org.taawun.portfolio.ImportReport;
import org.taawun.portfolio.PortfolioRefusedException;
import org.taawun.portfolio.Portfolios;
import org.taawun.portfolio.Upload;

/**
 * The imports started from the portal, run one after the other in the background so that
 * a large portfolio shows its progress while it is written; each is seen only by whoever
 * started it. The last ones are kept in memory until the application stops.
 */
@Component
class ImportRuns {

	private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

	private static final int KEPT = 50;

	private final Portfolios portfolios;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "portfolio-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Run> runs = new ConcurrentHashMap<>();

	ImportRuns(Portfolios portfolios) {
		this.portfolios = portfolios;
	}

	/** Starts importing the files; the run's id says where to follow it. */
	String start(List<Upload> files, Account account, Locale locale) {
		if (this.runs.size() >= KEPT) {
			this.runs.values().removeIf((run) -> run.status() != Status.RUNNING);
		}
		Run run = new Run(UUID.randomUUID().toString(), account.userId());
		this.runs.put(run.id(), run);
		this.worker.submit(() -> {
			try {
				run.succeeded(this.portfolios.run(files, account, locale, run));
			}
			catch (PortfolioRefusedException ex) {
				run.refused(ex.problems());
			}
			catch (RuntimeException ex) {
				log.error("Import {} by {} failed", run.id(), account.userId(), ex);
				run.failed();
			}
		});
		return run.id();
	}

	/** The run, if the account started it. */
	java.util.Optional<Run> of(String id, Account account) {
		return java.util.Optional.ofNullable(this.runs.get(id)).filter((run) -> run.userId().equals(account.userId()));
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	enum Status {

		RUNNING, DONE, REFUSED, FAILED

	}

	/** An import under way or over, with how far it went. */
	static final class Run implements Portfolios.Progress {

		private final String id;

		private final String userId;

		private final AtomicInteger total = new AtomicInteger();

		private final AtomicInteger done = new AtomicInteger();

		private volatile Status status = Status.RUNNING;

		private volatile ImportReport report;

		private volatile List<ImportProblem> problems = List.of();

		Run(String id, String userId) {
			this.id = id;
			this.userId = userId;
		}

		@Override
		public void started(int lines) {
			this.total.set(lines);
		}

		@Override
		public void done(int lines) {
			this.done.set(lines);
		}

		void succeeded(ImportReport written) {
			this.report = written;
			this.status = Status.DONE;
		}

		void refused(List<ImportProblem> found) {
			this.problems = found;
			this.status = Status.REFUSED;
		}

		void failed() {
			this.status = Status.FAILED;
		}

		public String id() {
			return this.id;
		}

		String userId() {
			return this.userId;
		}

		public Status status() {
			return this.status;
		}

		public int total() {
			return this.total.get();
		}

		public int done() {
			return this.done.get();
		}

		public ImportReport report() {
			return this.report;
		}

		public List<ImportProblem> problems() {
			return this.problems;
		}

	}

}
