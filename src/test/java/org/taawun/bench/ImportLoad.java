package org.taawun.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.TaawunApplication;

import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.portfolio.ImportReport;
import org.taawun.portfolio.Portfolios;
import org.taawun.portfolio.Upload;
import org.taawun.support.TestPostgres;

/**
 * A national portfolio imported at once, as a ministry would bring in its inventory:
 * 10,000 agreements in every state an import takes, 30,000 visits and projects, 2,000
 * memberships, across the benchmark's 2,000 authorities; rows per second and the peak of
 * the heap, then the same files again (nothing changes).
 */
final class ImportLoad {

	static final int AGREEMENTS = Integer.getInteger("bench.import.agreements", 10_000);

	private static final String[] NETWORKS = { "MEDCITIES", "UCLG", "OICC", "IOCV", "UNESCO_GNLC", "ARLEM" };

	private static final String[] STATES = { "IN_FORCE", "IN_FORCE", "IN_FORCE", "IN_FORCE", "IN_FORCE", "EXPIRED",
			"TERMINATED", "SUPERVISORY_REVIEW", "NEGOTIATION", "APPROVED" };

	private ImportLoad() {
	}

	/**
	 * The import on its own, on a database holding only the authorities: quicker to run
	 * than the scale section, and counting the statements an import sends.
	 */
	static void alone(Results results) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaawunApplication.class)
			.sources(StatementCounter.class)
			.run(PlatformBenchmark.appArguments(TestPostgres.url("postgres"),
					"--camunda.bpm.job-execution.enabled=false"))) {
			Scale.authorities(app.getBean(JdbcClient.class));
			measure(results, app, Scale.AUTHORITIES);
		}
	}

	static void measure(Results results, ConfigurableApplicationContext app, int authorities) {
		Portfolios portfolios = app.getBean(Portfolios.class);
		Account admin = Account.of("admin", Set.of(Role.ADMIN.group()));
		List<Upload> files = files(authorities);
		int lines = AGREEMENTS * 4 + authorities;
		for (String run : List.of("first import", "the same files again")) {
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long statements = StatementCounter.STATEMENTS.get();
			long start = System.nanoTime();
			ImportReport report = portfolios.run(files, admin, Locale.FRENCH, Portfolios.Progress.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.mapToLong((pool) -> pool.getPeakUsage().getUsed())
				.sum();
			results.add("import",
					lines + " lines (" + AGREEMENTS + " agreements, " + (AGREEMENTS * 3) + " events, " + authorities
							+ " memberships), " + run,
					seconds, "s", (run.startsWith("first") ? "≤ 60 s" : ""), List.of());
			results.add("import", "rows per second, " + run, report.lines() / seconds, "rows/s");
			results.add("import", "peak heap during the " + run, peak / (1024.0 * 1024), "MiB");
			if (StatementCounter.STATEMENTS.get() > statements) {
				results.add("import", "SQL statements per agreement, " + run,
						(StatementCounter.STATEMENTS.get() - statements) / (double) AGREEMENTS, "statements");
			}
		}
	}

	/** The portfolio as three CSV files. */
	private static List<Upload> files(int authorities) {
		StringBuilder agreements = new StringBuilder("key,jurisdiction,localAuthority,instrument,titleAr,titleFr,"
				+ "partnerName,partnerCity,partnerCountry,state,referredOn,approvedOn,signedOn,inForceFrom,endsOn,renewal\n");
		StringBuilder events = new StringBuilder("agreementKey,localAuthority,kind,title,from,to,status\n");
		for (int i = 0; i < AGREEMENTS; i++) {
			int authority = 1 + (i % authorities);
			String code = "b" + String.format("%04d", authority);
			String jurisdiction = (authority % 2 == 0) ? "DZ" : "TN";
			String state = STATES[i % STATES.length];
			LocalDate signed = LocalDate.of(2005 + (i % 15), 1 + (i % 12), 1 + (i % 28));
			String dates = switch (state) {
				case "IN_FORCE" -> ",," + signed + "," + signed + "," + ((i % 2 == 0) ? signed.plusYears(30) : "") + ","
						+ ((i % 3 == 0) ? "TACIT" : "EXPRESS");
				case "EXPIRED" -> ",," + signed + "," + signed + "," + signed.plusYears(3) + ",NONE";
				case "TERMINATED" -> ",," + signed + "," + signed + ",,";
				case "SUPERVISORY_REVIEW" -> signed + ",,,,,";
				case "APPROVED" -> signed + "," + signed.plusMonths(2) + ",,,,";
				default -> ",,,,,";
			};
			String key = "IMP-" + i;
			agreements.append(key)
				.append(',')
				.append(jurisdiction)
				.append(',')
				.append(code)
				.append(",TWINNING,اتفاقية توأمة تاريخية ")
				.append(i)
				.append(",Jumelage historique ")
				.append(i)
				.append(",Ville partenaire ")
				.append(i)
				.append(",Lyon,FR,")
				.append(state)
				.append(',')
				.append(dates)
				.append('\n');
			events.append(key).append(',').append(code).append(",VISIT_OUTGOING,Visite ").append(i).append(',');
			events.append(signed.plusMonths(1)).append(',').append(signed.plusMonths(1).plusDays(3)).append(",DONE\n");
			events.append(key).append(',').append(code).append(",VISIT_INCOMING,Délégation ").append(i).append(',');
			events.append(signed.plusMonths(2)).append(',').append(signed.plusMonths(2).plusDays(3)).append(",DONE\n");
			events.append(key).append(',').append(code).append(",PROJECT,Projet ").append(i).append(",,,NOT_DONE\n");
		}
		StringBuilder memberships = new StringBuilder("localAuthority,network,role\n");
		for (int a = 1; a <= authorities; a++) {
			memberships.append("b")
				.append(String.format("%04d", a))
				.append(',')
				.append(NETWORKS[a % NETWORKS.length])
				.append(",membre\n");
		}
		return List.of(csv("agreements.csv", agreements), csv("events.csv", events),
				csv("memberships.csv", memberships));
	}

	private static Upload csv(String name, StringBuilder text) {
		return new Upload(name, text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
