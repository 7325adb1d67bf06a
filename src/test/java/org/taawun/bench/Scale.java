package org.taawun.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.TaawunApplication;
import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.AgreementQuery;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.Register;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.PeerSearch;
import org.taawun.agreement.PublicRegister;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.lessons.Lessons;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.support.TestPostgres;
import org.taawun.task.Tasks;

import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.negotiated;

/**
 * National scale: 2,000 authorities, 20,000 agreements started through the engine (a
 * quarter of them carried through their first two tasks, so that history and the
 * ministries' lists fill up), and the register grown to a million rows by bulk insert.
 * Then the latency of what people do all day.
 */
final class Scale {

	static final int AUTHORITIES = 2000;

	/** {@code -Dbench.agreements=2000} for a quick run; the figures then say less. */

	static final int AGREEMENTS = Integer.getInteger("bench.agreements", 20_000);

	static final int ADVANCED = AGREEMENTS / 4;

	static final int REGISTER = Integer.getInteger("bench.register", 1_000_000);

	static final int SAMPLES = 300;

	static final Duration SAMPLING = Duration.ofSeconds(30);

	static final String[] COUNTRIES = { "FR", "TR", "IT", "ES", "DE", "BE", "CN", "PT" };

	private Scale() {
	}

	static void measure(Results results) throws Exception {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(TaawunApplication.class);
		if (StatementTimer.ON) {
			builder.sources(StatementTimer.class);
		}
		try (ConfigurableApplicationContext app = builder
			.run(PlatformBenchmark.appArguments(TestPostgres.url("postgres"),
					// documents of 20,000 drafts would keep the executor busy for the
					// whole run
					"--camunda.bpm.job-execution.enabled=false",
					// the open data is downloaded more often than a client may
					"--taawun.public.requests-per-minute=1000000"))) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Agreements agreements = app.getBean(Agreements.class);
			Tasks tasks = app.getBean(Tasks.class);
			AgreementProcess process = app.getBean(AgreementProcess.class);

			authorities(jdbc);
			long start = System.nanoTime();
			List<Long> ids = Collections.synchronizedList(new ArrayList<>());
			PlatformBenchmark.run((i) -> ids.add(draft(agreements, i).id()), AGREEMENTS, 4, 0);
			double drafting = (System.nanoTime() - start) / 1e9;
			results.add("scale", AGREEMENTS + " agreements drafted and started through the engine, 4 threads",
					AGREEMENTS / drafting, "agreements/s");

			start = System.nanoTime();
			AtomicInteger next = new AtomicInteger();
			List<Long> advanced = ids.subList(0, ADVANCED);
			LifecycleDriver driver = new LifecycleDriver(agreements, app.getBean(AgreementSteps.class), process, tasks);
			PlatformBenchmark.run((i) -> advance(agreements, driver, advanced.get(next.getAndIncrement())), ADVANCED, 4,
					0);
			results.add("scale", ADVANCED + " of them through eligibility and negotiation, 4 threads",
					2.0 * ADVANCED / ((System.nanoTime() - start) / 1e9), "tasks completed/s");

			// the queries below are measured after a national portfolio came in
			ImportLoad.measure(results, app, AUTHORITIES);
			PublicRegisterLoad.measure(results, jdbc, app.getEnvironment().getProperty("local.server.port"));

			start = System.nanoTime();
			BulkRegister.grow(jdbc, REGISTER);
			results.add("scale", "register grown to " + REGISTER + " rows by bulk insert",
					(System.nanoTime() - start) / 1e9, "s");

			start = System.nanoTime();
			SharedLessonsLoad.share(jdbc);
			results.add("scale", SharedLessonsLoad.LESSONS + " lessons shared, by bulk insert",
					(System.nanoTime() - start) / 1e9, "s");

			latencies(results, agreements, app.getBean(Register.class), tasks, advanced);
			SharedLessonsLoad.measure(results, app.getBean(Lessons.class), app.getBean(PeerSearch.class));
			PublicRegisterLoad.searches(results, app.getBean(PublicRegister.class));
			HttpLoad.measure(results, app.getEnvironment().getProperty("local.server.port"),
					app.getBean(ProcessEngine.class).getName());
		}
	}

	static void authorities(JdbcClient jdbc) {
		jdbc.sql("""
				insert into local_authority (code, jurisdiction, kind, name_ar, name_fr, province_code,
				    province_name_ar, province_name_fr, email)
				select 'b' || lpad(cast(g as varchar), 4, '0'),
				       case when g % 2 = 0 then 'DZ' else 'TN' end,
				       case when g % 2 = 0 then 'COMMUNE' else 'MUNICIPALITY' end,
				       'بلدية ' || g, 'Commune ' || g,
				       'bp' || (g % 60), 'ولاية ' || (g % 60), 'Province ' || (g % 60),
				       'b' || g || '@bench.example'
				from generate_series(1, :count) g
				on conflict do nothing""").param("count", AUTHORITIES).update();
	}

	private static String authority(int i) {
		return "b" + String.format("%04d", 1 + (i % AUTHORITIES));
	}

	private static Account secretary(String authority) {
		return Account.of("sec." + authority,
				Set.of(Role.SECRETARIAT.group(authority), Role.COUNCIL_SECRETARIAT.group(authority)));
	}

	private static Agreement draft(Agreements agreements, int i) {
		String authority = authority(i);
		Jurisdiction jurisdiction = (Integer.parseInt(authority.substring(1)) % 2 == 0) ? Jurisdiction.DZ
				: Jurisdiction.TN;
		return agreements.draft(new DraftAgreement(jurisdiction, authority, Instrument.COOPERATION_CONVENTION,
				"اتفاقية تعاون " + i, "Convention de coopération n° " + i,
				new ForeignPartner("Partenaire " + i, "Ville " + i, COUNTRIES[i % COUNTRIES.length],
						"p" + i + "@bench.example", "fr"),
				Set.of(CooperationField.values()[i % CooperationField.values().length])), secretary(authority));
	}

	private static void advance(Agreements agreements, LifecycleDriver driver, long id) {
		Agreement agreement = agreements.visible(id, Account.system()).orElseThrow();
		Account secretary = secretary(agreement.localAuthority());
		driver.complete(agreement.reference(), "Task_CheckEligibility", eligible(), secretary);
		driver.complete(agreement.reference(), "Task_NegotiateDraft", negotiated(LocalDate.now(), "EXPRESS"),
				secretary);
	}

	private static void latencies(Results results, Agreements agreements, Register register, Tasks tasks,
			List<Long> advanced) {
		Random random = new Random(42);
		Account mfa = Account.of("mfa.tn", Set.of(Role.FOREIGN_AFFAIRS_TN.group()));
		percentiles(results, "a secretary's task list (Tasks.of, random authority)",
				() -> tasks.of(secretary(authority(random.nextInt(AUTHORITIES)))), "≤ 50 ms p95");
		percentiles(results, "a reviewer's task list (mfa.tn, " + tasks.of(mfa).size() + " shown)", () -> tasks.of(mfa),
				"≤ 50 ms p95");
		percentiles(results, "register search, secretary: own authority, state IN_FORCE, page of 25", () -> register
			.search(new AgreementQuery(AgreementState.IN_FORCE, null, null, null, null, null, null, null, null, 0, 25),
					secretary(authority(random.nextInt(AUTHORITIES)))),
				"≤ 100 ms p95");
		Account admin = Account.system();
		percentiles(results, "register search, national: DZ, country, field, state, page of 25", () -> register.search(
				new AgreementQuery(AgreementState.IN_FORCE, null, null, COUNTRIES[random.nextInt(COUNTRIES.length)],
						Jurisdiction.DZ, CooperationField.values()[random.nextInt(15)], null, null, null, 0, 25),
				admin), "≤ 100 ms p95");
		percentiles(results, "register search, national: words of a title",
				() -> register.search(new AgreementQuery(null, null, null, null, null, null, null, null,
						"jumelage historique " + random.nextInt(REGISTER), 0, 25), admin),
				"≤ 100 ms p95");
		percentiles(results, "register search, a ministry's referred files, page of 25",
				() -> register.search(AgreementQuery.all(0, 25), mfa), "≤ 100 ms p95");
		Account interior = Account.of("miclat", Set.of(Role.MINISTRY_INTERIOR.group()));
		percentiles(results, "national inventory (DZ) counted by each filter",
				() -> register.statistics(AgreementQuery.all(0, 25), interior), "≤ 100 ms p95");
		percentiles(results, "national inventory (DZ): a wilaya's twinnings, counted by each filter",
				() -> register.statistics(new AgreementQuery(null, null, "bp" + (2 * random.nextInt(30)), null, null,
						null, Instrument.TWINNING, null, null, 0, 25), interior),
				"≤ 100 ms p95");
		percentiles(results, "agreement page with its timeline (Agreements.details)",
				() -> agreements.details(advanced.get(random.nextInt(advanced.size())), admin), "");
	}

	/**
	 * Samples the call {@link #SAMPLES} times after a warm-up, or for at most
	 * {@link #SAMPLING} if it is slow (at least 20 samples): the run stays within its
	 * time.
	 */
	static void percentiles(Results results, String what, Supplier<?> call, String target) {
		for (int i = 0; i < 10; i++) {
			call.get();
		}
		List<Double> samples = new ArrayList<>();
		long stop = System.nanoTime() + SAMPLING.toNanos();
		while (samples.size() < SAMPLES && (samples.size() < 20 || System.nanoTime() < stop)) {
			long start = System.nanoTime();
			call.get();
			samples.add((System.nanoTime() - start) / 1e6);
		}
		double[] millis = samples.stream().mapToDouble(Double::doubleValue).toArray();
		if (millis.length < SAMPLES) {
			results.note(what + ": " + millis.length + " samples in " + SAMPLING.toSeconds() + " s");
		}
		results.add("scale", what + " p50", Results.percentile(millis, 50), "ms", "", List.of());
		results.add("scale", what + " p95", Results.percentile(millis, 95), "ms", target, List.of());
		results.add("scale", what + " p99", Results.percentile(millis, 99), "ms", "", List.of());
	}

}
