package org.taawun.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.camunda.bpm.engine.ProcessEngine;

import org.taawun.TaawunApplication;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.support.TestPostgres;
import org.taawun.task.Tasks;

/**
 * The platform benchmark: what a lifecycle costs next to the bare engine, how the queries
 * of every day hold at national scale, the HTTP API under load, and the footprint of the
 * packaged application. Starts everything it needs (PostgreSQL from Maven Central
 * binaries, an SMTP server in process) and writes {@code target/bench/results.md} and
 * {@code results.json}. Run with {@code ./mvnw -Pbench verify}. A benchmark, not a test.
 */
public final class PlatformBenchmark {

	static final int RUNS = 3;

	static final int LIFECYCLES_PER_RUN = Integer.getInteger("bench.lifecycles", 12);

	private PlatformBenchmark() {
	}

	/**
	 * Runs every section, or those {@code -Dbench.sections} names
	 * ({@code lifecycle,scale,footprint}, or {@code import} for the import on its own).
	 */
	public static void main(String[] args) throws Exception {
		List<String> sections = List.of(System.getProperty("bench.sections", "lifecycle,scale,footprint").split(","));
		Results results = new Results();
		int smtpPort = freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			if (sections.contains("lifecycle")) {
				lifecycles(results, smtpPort, true);
				lifecycles(results, smtpPort, false);
				results
					.note("Partner mails received by the in-process SMTP server: " + smtp.getReceivedMessages().length);
			}
			if (sections.contains("scale")) {
				Scale.measure(results);
			}
			if (sections.contains("import")) {
				ImportLoad.alone(results);
			}
			if (sections.contains("footprint")) {
				Footprint.measure(results);
			}
		}
		finally {
			smtp.stop();
			results.write(Path.of("target", "bench"));
		}
	}

	/**
	 * Lifecycles and the engine floor side by side, in one application on one database,
	 * at concurrency 1 and 4.
	 */
	private static void lifecycles(Results results, int smtpPort, boolean documents) throws Exception {
		String mode = documents ? "with documents" : "without document rendering";
		SpringApplicationBuilder builder = new SpringApplicationBuilder(TaawunApplication.class);
		builder.sources(StatementCounter.class);
		if (!documents) {
			builder.sources(PlaceholderPdf.class);
		}
		try (ConfigurableApplicationContext app = builder.run(appArguments(TestPostgres.url("postgres"),
				"--taawun.mail.host=127.0.0.1", "--taawun.mail.port=" + smtpPort, "--taawun.mail.poll=PT0.5S"))) {
			LifecycleDriver driver = new LifecycleDriver(app.getBean(Agreements.class),
					app.getBean(AgreementSteps.class), app.getBean(AgreementProcess.class), app.getBean(Tasks.class));
			ProcessEngine engine = app.getBean(ProcessEngine.class);
			long jobsBefore = jobs(engine);
			try {
				run(driver::toForce, 4, 1, 1_000_000);
			}
			catch (Exception ex) {
				engine.getRuntimeService()
					.createIncidentQuery()
					.list()
					.forEach((incident) -> System.err.println(
							"[bench] incident " + incident.getActivityId() + ": " + incident.getIncidentMessage()));
				engine.getRuntimeService()
					.createExecutionQuery()
					.list()
					.forEach((execution) -> System.err.println(
							"[bench] execution " + engine.getRuntimeService().getActiveActivityIds(execution.getId())
									+ " of " + execution.getProcessInstanceId()));
				throw ex;
			}
			int asyncSteps = (int) Math.round((jobs(engine) - jobsBefore) / 4.0);
			EngineFloor floor = EngineFloor.deploy(engine, 10, asyncSteps);
			run(floor::run, 4, 1, 1_000_000);
			results.note("Lifecycle " + mode + ": " + asyncSteps
					+ " jobs per lifecycle (documents, timers, mail steps); the floor has 10 user tasks, "
					+ "1 message wait and " + asyncSteps + " asynchronous no-op steps.");
			int offset = 1_000;
			Statements ourStatements = statementsPerTask(driver::toForce, driver::completed,
					driver::statementsInCompletions, engine, offset);
			Statements floorStatements = statementsPerTask(floor::run, floor::completed, floor::statementsInCompletions,
					engine, offset);
			results.add("lifecycle", "SQL statements per task completion, " + mode, ourStatements.inCompletion(),
					"statements");
			results.add("lifecycle", "SQL statements per task completion, engine floor (same run)",
					floorStatements.inCompletion(), "statements");
			results.add("lifecycle", "SQL statements per completed task, all work (jobs, lookups), " + mode,
					ourStatements.all(), "statements");
			results.add("lifecycle", "SQL statements per completed task, all work, engine floor (same run)",
					floorStatements.all(), "statements");
			for (int concurrency : new int[] { 1, 4 }) {
				List<Double> ours = new ArrayList<>();
				List<Double> bare = new ArrayList<>();
				for (int r = 0; r < RUNS; r++) {
					offset += LIFECYCLES_PER_RUN;
					ours.add(run(driver::toForce, LIFECYCLES_PER_RUN, concurrency, offset));
					bare.add(run(floor::run, LIFECYCLES_PER_RUN, concurrency, offset));
				}
				double oursMedian = Results.median(ours);
				double bareMedian = Results.median(bare);
				results.add("lifecycle", "draft to in force, " + mode + ", concurrency " + concurrency, oursMedian,
						"lifecycles/s", "", ours);
				results.add("lifecycle", "engine floor, concurrency " + concurrency + " (same run)", bareMedian,
						"lifecycles/s", "", bare);
				results.add("lifecycle",
						"ratio floor/ours (time per lifecycle), " + mode + ", concurrency " + concurrency,
						bareMedian / oursMedian, "x", documents ? "say where the time goes" : "≤ 1.5", List.of());
			}
		}
	}

	/**
	 * The statements sent to the database per task completed over a few lifecycles one at
	 * a time: in the completion itself, and in all, the background work they cause
	 * included (documents, mail, timers) and the lookups of the drivers, which look for
	 * their next task alike.
	 */
	private static Statements statementsPerTask(IntConsumer work, LongSupplier completed, LongSupplier inCompletions,
			ProcessEngine engine, int offset) throws Exception {
		int lifecycles = 4;
		long tasksBefore = completed.getAsLong();
		long inCompletionsBefore = inCompletions.getAsLong();
		long before = StatementCounter.STATEMENTS.get();
		run(work, lifecycles, 1, offset);
		LifecycleDriver.await(
				() -> (engine.getManagementService().createJobQuery().executable().count() == 0) ? Boolean.TRUE : null,
				"no job left to run");
		double tasks = completed.getAsLong() - tasksBefore;
		return new Statements((inCompletions.getAsLong() - inCompletionsBefore) / tasks,
				(StatementCounter.STATEMENTS.get() - before) / tasks);
	}

	/**
	 * Statements per task: those of the completion itself, on the completing thread, and
	 * all of them.
	 */
	private record Statements(double inCompletion, double all) {
	}

	/** Runs the work {@code count} times on that many threads: lifecycles per second. */
	static double run(IntConsumer work, int count, int concurrency, int offset) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = offset + i;
				done.add(pool.submit(() -> work.accept(index)));
			}
			for (Future<?> future : done) {
				future.get();
			}
			return count / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long jobs(ProcessEngine engine) {
		return engine.getHistoryService().createHistoricJobLogQuery().creationLog().count();
	}

	static String[] appArguments(String url, String... more) {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--taawun.demo.enabled=true",
						"--logging.level.root=WARN", "--camunda.bpm.process-engine-name=bench" + System.nanoTime()));
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
