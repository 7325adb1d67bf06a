package org.taawun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running application and comes back on the same data:
 * while it is gone, requests answer {@code 503} with a problem and the health endpoint
 * says DOWN; afterwards the application carries on by itself and what it acknowledged
 * before is there.
 */
class DatabaseOutageIT {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);

	private static final String DRAFT = """
			{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
			 "titleAr":"اتفاقية توأمة","titleFr":"Jumelage panne",
			 "partner":{"name":"Ville de Lille","city":"Lille","country":"FR",
			            "email":"panne@lille.example","language":"fr"},
			 "fields":["CULTURE"]}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void answers503WhileTheDatabaseIsGoneForTwentySecondsUnderLoadAndRecoversByItself(@TempDir Path data)
			throws Exception {
		int port = freePort();
		EmbeddedPostgres database = start(data, port);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaawunApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--camunda.bpm.process-engine-name=outage", "--camunda.bpm.job-execution.enabled=false",
				"--taawun.demo.enabled=true")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> acknowledged = send(base, "POST", "/api/agreements", DRAFT);
			assertThat(acknowledged.statusCode()).isEqualTo(201);
			String created = acknowledged.headers().firstValue("Location").orElseThrow();

			Load load = new Load(base);
			Thread.sleep(2000);
			database.close();
			long outage = System.nanoTime();

			int refused = 0;
			for (String[] request : new String[][] { { "GET", "/api/agreements" }, { "GET", created },
					{ "POST", "/api/agreements" }, { "GET", "/api/tasks" } }) {
				HttpResponse<String> answer = send(base, request[0], request[1], DRAFT);
				assertThat(answer.statusCode()).as("%s %s: %s", request[0], request[1], answer.body()).isEqualTo(503);
				assertThat(answer.headers().firstValue("Content-Type"))
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
				assertThat(answer.headers().firstValue("Retry-After")).isPresent();
				assertThat(answer.body()).contains("base de données");
				refused++;
			}
			HttpResponse<String> health = send(base, "GET", "/actuator/health", null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			Thread.sleep(Math.max(0, 20_000 - Duration.ofNanos(System.nanoTime() - outage).toMillis()));

			database = start(data, port);

			long back = System.nanoTime();
			while (send(base, "GET", "/actuator/health", null).statusCode() != 200) {
				assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(60));
				Thread.sleep(500);
			}
			long recovered = Duration.ofNanos(System.nanoTime() - back).toMillis();
			Thread.sleep(2000);
			load.stop();
			log.info("Database gone 20 s under load: {}; healthy again {} ms after it came back", load.statuses(),
					recovered);
			assertThat(load.statuses()).as("answers under load").containsOnlyKeys(201, 503).containsKey(503);
			assertThat(load.acknowledged())
				.allSatisfy((location) -> assertThat(send(base, "GET", location, null).statusCode()).isEqualTo(200));
			assertThat(refused).isEqualTo(4);
			assertThat(send(base, "GET", created, null).statusCode()).isEqualTo(200);
			assertThat(send(base, "POST", "/api/agreements", DRAFT).statusCode()).isEqualTo(201);
		}
		finally {
			database.close();
		}
	}

	@Test
	void losesNothingItAcknowledgedWhenTheDatabaseIsKilledUnderLoad(@TempDir Path data) throws Exception {
		int port = freePort();
		EmbeddedPostgres database = start(data, port);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaawunApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--camunda.bpm.process-engine-name=killed", "--camunda.bpm.job-execution.enabled=false",
				"--taawun.demo.enabled=true")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			List<String> acknowledged = new CopyOnWriteArrayList<>();
			AtomicInteger refused = new AtomicInteger();
			AtomicBoolean loading = new AtomicBoolean(true);
			ExecutorService load = Executors.newFixedThreadPool(2);
			for (int worker = 0; worker < 2; worker++) {
				load.submit(() -> {
					while (loading.get()) {
						HttpResponse<String> answer = send(base, "POST", "/api/agreements", DRAFT);
						if (answer.statusCode() == 201) {
							acknowledged.add(answer.headers().firstValue("Location").orElseThrow());
						}
						else {
							refused.incrementAndGet();
						}
					}
					return null;
				});
			}
			Thread.sleep(4000);

			// no clean shutdown: the server and every backend killed at once
			database.getProcess().toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			database.getProcess().destroyForcibly().waitFor();
			// lets go of the data directory's lock; the server it would stop is already
			// dead
			database.close();
			int acknowledgedBeforeTheKill = acknowledged.size();
			Thread.sleep(3000);
			loading.set(false);
			load.shutdown();
			load.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

			database = start(data, port);
			long back = System.nanoTime();
			while (send(base, "GET", "/actuator/health", null).statusCode() != 200) {
				assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(60));
				Thread.sleep(500);
			}

			List<String> lost = acknowledged.stream().filter((location) -> {
				try {
					return send(base, "GET", location, null).statusCode() != 200;
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			log.info("Database killed under load: {} drafts acknowledged ({} before the kill), {} refused, {} lost",
					acknowledged.size(), acknowledgedBeforeTheKill, refused.get(), lost.size());
			assertThat(acknowledgedBeforeTheKill).isPositive();
			assertThat(lost).as("acknowledged drafts not found after the restart").isEmpty();
			assertThat(send(base, "POST", "/api/agreements", DRAFT).statusCode()).isEqualTo(201);
		}
		finally {
			database.close();
		}
	}

	/** Two users drafting agreements without pause; what they were answered. */
	private final class Load {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

		private final List<String> acknowledged = new CopyOnWriteArrayList<>();

		private final ExecutorService users = Executors.newFixedThreadPool(2);

		Load(String base) {
			for (int user = 0; user < 2; user++) {
				this.users.submit(() -> {
					while (this.running.get()) {
						HttpResponse<String> answer = send(base, "POST", "/api/agreements", DRAFT);
						this.statuses.merge(answer.statusCode(), 1, Integer::sum);
						if (answer.statusCode() == 201) {
							this.acknowledged.add(answer.headers().firstValue("Location").orElseThrow());
						}
					}
					return null;
				});
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.users.shutdown();
			this.users.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
		}

		Map<Integer, Integer> statuses() {
			return new TreeMap<>(this.statuses);
		}

		List<String> acknowledged() {
			return this.acknowledged;
		}

	}

	private static EmbeddedPostgres start(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.start();
	}

	private HttpResponse<String> send(String base, String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("sec.gafsa:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "fr");
		request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.ofString(body)) : request.GET();
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
