package org.taawun.workflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.TaawunApplication;
import org.taawun.support.TestPostgres;
import org.taawun.workflow.model.IssueDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node dies in the middle of its work: its JVM is killed while it holds jobs and mail.
 * The other node takes the jobs over when their locks expire and the mail when its lease
 * ends: every document is issued once, no mail reaches a partner under two Message-IDs,
 * and no agreement is left waiting.
 */
class NodeHaltedIT {

	private static final Logger log = LoggerFactory.getLogger(NodeHaltedIT.class);

	private static final int AGREEMENTS = 40;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void letsTheOtherNodeFinishWhatADeadNodeHeld() throws Exception {
		String database = "halted_node";
		String url = freshDatabase(database);
		GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int portOfB = freePort();
		Process nodeB = startInItsOwnJvm(url, portOfB, smtp.getSmtp().getPort(), Path.of("target", "node-b.log"));
		try {
			String b = "http://localhost:" + portOfB;
			// a node starts in about 20 s here; a busy machine takes longer
			waitUntil(Duration.ofSeconds(90), () -> status(b + "/actuator/health") == 200);
			List<Long> agreements = new ArrayList<>();
			for (int i = 0; i < AGREEMENTS; i++) {
				JsonNode created = post(b + "/api/agreements", "sec.gafsa", draft(i));
				agreements.add(created.get("id").asLong());
				post(b + "/engine-rest/process-definition/key/" + IssueDocument.KEY + "/start", "admin", """
						{"businessKey":"%s","variables":{
						  "agreementId":{"value":%d,"type":"Long"},
						  "documentKind":{"value":"CONVENTION_DRAFT","type":"String"},
						  "documentStep":{"value":"halted","type":"String"}}}"""
					.formatted(created.get("reference").asText(), created.get("id").asLong()));
			}
			// the JVM of node B dies at once, jobs and mail in hand
			nodeB.destroyForcibly().waitFor();

			try (ConfigurableApplicationContext a = new SpringApplicationBuilder(TaawunApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=postgres", "--camunda.bpm.process-engine-name=survivor",
					"--camunda.bpm.generic-properties.properties.hostname=node-a",
					"--camunda.bpm.job-execution.enabled=true", "--taawun.demo.enabled=true",
					"--taawun.mail.host=127.0.0.1", "--taawun.mail.port=" + smtp.getSmtp().getPort(),
					"--taawun.mail.poll=PT0.5S", "--taawun.mail.lease=PT5S", "--logging.level.root=WARN",
					"--logging.level.org.taawun.workflow.NodeHaltedIT=INFO")) {
				JdbcClient jdbc = a.getBean(JdbcClient.class);
				String ours = "agreement_id in (select id from agreement where title_fr like 'Jumelage arrêt %')";
				waitUntil(Duration.ofMinutes(3), () -> count(jdbc,
						"select count(*) from issued_document where " + ours) >= AGREEMENTS * 2
						&& count(jdbc,
								"select count(*) from outbox_message where status = 'SENT' and " + ours) >= AGREEMENTS);
				Thread.sleep(6000);

				Map<String, Long> jobsPerNode = jdbc
					.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 "
							+ "and job_def_type_ = 'async-continuation' group by hostname_")
					.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
				long documents = count(jdbc, "select count(*) from issued_document where " + ours);
				long twice = count(jdbc, "select count(*) from issued_document where version > 1 and " + ours);
				List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
					.filter((mail) -> recipient(mail).startsWith("arret-"))
					.toList();
				Map<String, Long> idsPerPartner = mails.stream()
					.collect(Collectors.groupingBy(NodeHaltedIT::recipient,
							Collectors.mapping(NodeHaltedIT::messageId, Collectors.toSet())))
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> (long) entry.getValue().size()));
				log.info(
						"Node halted: jobs done per node {}, {} documents ({} issued twice), {} mails received for {} "
								+ "partners, Message-IDs per partner at most {}",
						jobsPerNode, documents, twice, mails.size(), idsPerPartner.size(),
						idsPerPartner.values().stream().mapToLong(Long::longValue).max().orElse(0));

				assertThat(jobsPerNode).containsKeys("node-a", "node-b");
				assertThat(documents).isEqualTo(AGREEMENTS * 2);
				assertThat(twice).isZero();
				assertThat(idsPerPartner).hasSize(AGREEMENTS).allSatisfy((partner, ids) -> assertThat(ids).isOne());
			}
		}
		finally {
			nodeB.destroyForcibly();
			smtp.stop();
		}
	}

	/** Node B: the application in a JVM of its own, which the test can kill. */
	private static Process startInItsOwnJvm(String url, int port, int smtpPort, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// the test's classpath, without the packaged application the build also put on it
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !(entry.contains("taawun-") && entry.endsWith(".jar")))
			.collect(Collectors.joining(File.pathSeparator));
		return new ProcessBuilder(java, "-cp", classpath, TaawunApplication.class.getName(), "--server.port=" + port,
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--camunda.bpm.generic-properties.properties.hostname=node-b",
				"--camunda.bpm.job-execution.enabled=true",
				// the locks a dead node leaves run out after this
				"--camunda.bpm.job-execution.lock-time-in-millis=15000",
				// one job at a time, so that it still holds some when it dies
				"--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
				"--camunda.bpm.job-execution.queue-capacity=1", "--taawun.demo.enabled=true",
				"--taawun.mail.host=127.0.0.1", "--taawun.mail.port=" + smtpPort, "--taawun.mail.poll=PT0.5S",
				"--taawun.mail.lease=PT5S")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private static String draft(int i) {
		return """
				{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة %d","titleFr":"Jumelage arrêt %d",
				 "partner":{"name":"Ville %d","city":"Lille","country":"FR",
				            "email":"arret-%d@partner.example","language":"fr"},
				 "fields":["CULTURE"]}""".formatted(i, i, i, i);
	}

	private JsonNode post(String url, String user, String body) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
		return JSON.readTree(answer.body());
	}

	private int status(String url) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException | InterruptedException ex) {
			return -1;
		}
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

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

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(end);
			Thread.sleep(500);
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
