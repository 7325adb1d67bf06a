package org.taawun.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.TaawunApplication;
import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.support.TestPostgres;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.IssueDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database, each with its job executor and its mail sender,
 * as a cluster runs: what one node starts the other sees, and every asynchronous job (500
 * documents to issue) and every mail runs exactly once across the pair, counted in our
 * own tables and in the mail server.
 */
class TwoNodesIT {

	private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);

	private static final int AGREEMENTS = 100;

	/**
	 * Besides its initiative note, each agreement asks for these: five documents each.
	 */
	private static final List<String> REQUESTED = List.of("CONVENTION_DRAFT", "DELIBERATION_EXTRACT", "REFERRAL_LETTER",
			"APPROVAL_DECISION");

	@Test
	void runsEveryJobAndSendsEveryMailOnceAcrossTwoNodes() throws Exception {
		String url = freshDatabase("two_nodes");
		GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (ConfigurableApplicationContext a = node("node-a", url, smtp);
				ConfigurableApplicationContext b = node("node-b", url, smtp)) {
			Account secretary = Account.of("sec.gafsa", Set.of(Role.SECRETARIAT.group("gafsa")));
			List<Agreement> drafted = new ArrayList<>();
			for (int i = 0; i < AGREEMENTS; i++) {
				// users reach either node; each node's executor hears of the jobs made on
				// it
				ConfigurableApplicationContext node = (i % 2 == 0) ? a : b;
				Agreement agreement = node.getBean(Agreements.class).draft(draft(i), secretary);
				drafted.add(agreement);
				for (String kind : REQUESTED) {
					node.getBean(RuntimeService.class)
						.createProcessInstanceByKey(IssueDocument.KEY)
						.businessKey(agreement.reference())
						.setVariables(Map.of(AgreementLifecycle.Vars.AGREEMENT_ID, agreement.id(),
								IssueDocument.Vars.DOCUMENT_KIND, kind, IssueDocument.Vars.DOCUMENT_STEP, "cluster"))
						.execute();
				}
			}
			// what one node started, the other sees
			assertThat(b.getBean(Agreements.class).visible(drafted.get(0).id(), secretary)).isPresent();
			assertThat(a.getBean(Agreements.class).visible(drafted.get(1).id(), secretary)).isPresent();

			JdbcClient jdbc = a.getBean(JdbcClient.class);
			String ours = "agreement_id in (select id from agreement where title_fr like 'Jumelage grappe %')";
			waitUntil(Duration.ofMinutes(6),
					() -> count(jdbc, "select count(*) from issued_document where " + ours) >= AGREEMENTS * 5 && count(
							jdbc,
							"select count(*) from outbox_message where status = 'SENT' and " + ours) >= AGREEMENTS);
			Thread.sleep(3000);

			long documents = count(jdbc, "select count(*) from issued_document where " + ours);
			long distinct = count(jdbc,
					"select count(*) from (select distinct agreement_id, kind from issued_document where " + ours
							+ ") d");
			List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
				.filter((mail) -> recipient(mail).startsWith("grappe-"))
				.toList();
			Map<String, Long> jobsPerNode = jdbc
				.sql("select hostname_, count(*) from act_hi_job_log where job_def_type_ = 'async-continuation' "
						+ "and job_state_ = 2 group by hostname_")
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			log.info(
					"Two nodes: {} documents issued ({} distinct), {} mails received ({} Message-IDs), "
							+ "jobs done per node {}",
					documents, distinct, mails.size(), messageIds(mails).size(), jobsPerNode);

			assertThat(documents).as("documents issued").isEqualTo(AGREEMENTS * 5);
			assertThat(distinct).as("each document once").isEqualTo(AGREEMENTS * 5);
			assertThat(mails).as("mails received").hasSize(AGREEMENTS);
			assertThat(messageIds(mails)).as("each mail once").hasSize(AGREEMENTS);
			assertThat(jobsPerNode).containsKeys("node-a", "node-b");
		}
		finally {
			smtp.stop();
		}
	}

	private static ConfigurableApplicationContext node(String name, String url, GreenMail smtp) {
		return new SpringApplicationBuilder(TaawunApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--camunda.bpm.process-engine-name=" + name.replace('-', '_'),
				"--camunda.bpm.generic-properties.properties.hostname=" + name,
				"--camunda.bpm.job-execution.enabled=true", "--taawun.demo.enabled=true",
				"--taawun.mail.host=127.0.0.1", "--taawun.mail.port=" + smtp.getSmtp().getPort(),
				"--taawun.mail.poll=PT0.5S", "--logging.level.root=WARN",
				"--logging.level.org.taawun.workflow.TwoNodesIT=INFO");
	}

	private static DraftAgreement draft(int i) {
		return new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING, "اتفاقية توأمة " + i,
				"Jumelage grappe " + i,
				new ForeignPartner("Ville " + i, "Lille", "FR", "grappe-" + i + "@partner.example", "fr"),
				Set.of(CooperationField.CULTURE));
	}

	/**
	 * A database of its own on the test server, so that no other test's jobs run here.
	 */
	private static String freshDatabase(String name) throws SQLException {
		try (Connection connection = TestPostgres.server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		return TestPostgres.url(name);
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> messageIds(List<MimeMessage> mails) {
		return mails.stream().map((mail) -> {
			try {
				return mail.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.toSet());
	}

	private static void waitUntil(Duration limit, java.util.function.BooleanSupplier done) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(end);
			Thread.sleep(1000);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
