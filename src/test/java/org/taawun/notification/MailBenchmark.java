package org.taawun.notification;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.taawun.TaawunApplication;
import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.document.ActFacts;
import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.document.IssuedDocument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.support.TestPostgres;

/**
 * Measures how fast the outbox delivers into a real SMTP server (GreenMail, in process):
 * three runs of 1,000 messages, each with the draft convention attached, written at once
 * on the embedded PostgreSQL and delivered by one sender; writes
 * {@code target/bench/mail.md}. Run with {@code ./mvnw -Pbench-mail verify}. A benchmark,
 * not a test: it asserts nothing.
 */
public final class MailBenchmark {

	private static final Logger log = LoggerFactory.getLogger(MailBenchmark.class);

	private static final int MESSAGES = 1000;

	private static final int RUNS = 3;

	private MailBenchmark() {
	}

	public static void main(String[] args) throws IOException, FolderException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaawunApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + TestPostgres.url("postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--camunda.bpm.job-execution.enabled=false", "--taawun.demo.enabled=true",
				"--taawun.mail.host=127.0.0.1", "--taawun.mail.port=" + port, "--taawun.mail.poll=PT1H",
				"--logging.level.root=WARN")) {
			Outbox outbox = app.getBean(Outbox.class);
			MailDelivery delivery = app.getBean(MailDelivery.class);
			Agreement agreement = app.getBean(Agreements.class)
				.draft(new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING, "اتفاقية توأمة",
						"Jumelage Gafsa – Selçuklu",
						new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "bench@selcuklu.example", "tr"),
						Set.of(CooperationField.CULTURE)),
						Account.of("sec.gafsa", Set.of(Role.SECRETARIAT.group("gafsa"))));
			IssuedDocument draft = app.getBean(Documents.class)
				.issue(agreement.id(), DocumentKind.CONVENTION_DRAFT, "bench", "bench", ActFacts.none(),
						UUID.randomUUID().toString());
			delivery.deliverDue();

			List<Double> perSecond = new ArrayList<>();
			List<Long> heapMb = new ArrayList<>();
			for (int run = 0; run < RUNS; run++) {
				smtp.purgeEmailFromAllMailboxes();
				Instant now = Instant.now();
				for (int i = 0; i < MESSAGES; i++) {
					String key = "bench-" + run + "-" + i + "-" + now.toEpochMilli();
					outbox.write(key,
							new OutboxMessage(0, "<" + key + "@taawun.example>", agreement.id(),
									MailPurpose.DRAFT_FOR_NEGOTIATION, "partner-" + i + "@selcuklu.example", "tr",
									"Municipalité de Gafsa – بلدية قفصة", "cooperation@commune-gafsa.example.tn",
									"Müzakere için sözleşme taslağı", "Sayın Yetkili,", List.of(draft.id()), null,
									OutboxMessage.Status.PENDING, 0, now, null, now, null));
				}
				long start = System.nanoTime();
				delivery.deliverDue();
				double seconds = (System.nanoTime() - start) / 1e9;
				int received = smtp.getReceivedMessages().length;
				perSecond.add(received / seconds);
				System.gc();
				heapMb.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
				log.warn("run {}: {} messages received in {} s", run + 1, received, String.format("%.1f", seconds));
			}
			List<Double> sorted = new ArrayList<>(perSecond);
			Collections.sort(sorted);
			String table = """
					# Mail benchmark

					Outbox on embedded PostgreSQL 16 into GreenMail, one sender, %d messages per run, each
					with a %d KB PDF attached, %d runs (Java %s, %d cores).

					| Run | Messages per second | Heap in use after the run (after a GC) |
					|---|---|---|
					%s
					| **Median** | **%.0f** | |

					Resident memory of the JVM at the end: %d MB (Maven's JVM, which also runs the build, with the
					default heap sizing of this 24 GiB machine).
					""".formatted(MESSAGES, draft.sizeBytes() / 1024, RUNS, System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors(), rows(perSecond, heapMb), sorted.get(RUNS / 2),
					residentMb());
			Path out = Path.of("target", "bench", "mail.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, table);
			log.warn("\n{}", table);
		}
		finally {
			smtp.stop();
		}
	}

	private static String rows(List<Double> perSecond, List<Long> heapMb) {
		StringBuilder rows = new StringBuilder();
		for (int run = 0; run < perSecond.size(); run++) {
			rows.append("| %d | %.0f | %d MB |%n".formatted(run + 1, perSecond.get(run), heapMb.get(run)));
		}
		return rows.toString().strip();
	}

	private static long residentMb() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

}
