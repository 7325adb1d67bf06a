package org.taawun.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.taawun.TaawunApplication;
import org.taawun.identity.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords is slowed down, per account and per client address, but nobody is
 * locked out for good; served over HTTPS, the session cookie is Secure and browsers are
 * told to stay on HTTPS. An application of its own, on a database of its own, behind an
 * HTTPS address and with a low limit per client address: its last steps leave this
 * machine's address waiting.
 */
class SignInThrottleIT {

	private static final String USER = "slow.learner";

	private static final String PASSWORD = "Sept-oliviers-sur-la-colline";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void engineClockBack() {
		ClockUtil.reset();
	}

	@Test
	void slowsDownGuessesWithoutLockingAnyoneOutAndKeepsTheSessionOnHttps(@TempDir Path data) throws Exception {
		try (ConfigurableApplicationContext app = start(data)) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			Directory directory = app.getBean(Directory.class);
			directory.createDemoUser(USER, "Lina", "Mansour", "lina@demo.taawun.org", PASSWORD);
			directory.ensureMembership(USER, "secretariat-gafsa");

			sessionCookieIsSecureAndBrowsersStayOnHttps(base);
			anAccountWaitsAfterEachWrongPasswordButIsNeverLockedOut(base);
			anAddressThatKeepsFailingWaitsWhateverItsPassword(base);
		}
	}

	private void sessionCookieIsSecureAndBrowsersStayOnHttps(String base) throws Exception {
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax", "Secure"));
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).startsWith("max-age=31536000"));
	}

	private void anAccountWaitsAfterEachWrongPasswordButIsNeverLockedOut(String base) throws Exception {
		Date start = new Date();
		for (int attempt = 1; attempt <= 11; attempt++) {
			// each wrong password comes after the wait the one before imposed
			ClockUtil.setCurrentTime(new Date(start.getTime() + attempt * 61_000L));
			assertThat(get(base, "/api/tasks", USER, "not-the-password").statusCode()).as("wrong password %d", attempt)
				.isEqualTo(401);
		}
		assertThat(get(base, "/api/tasks", USER, PASSWORD).statusCode()).as("the right one, at once").isEqualTo(401);

		ClockUtil.setCurrentTime(new Date(start.getTime() + 12 * 61_000L));
		assertThat(get(base, "/api/tasks", USER, PASSWORD).statusCode()).as("the right one, after the wait")
			.isEqualTo(200);

		HttpResponse<String> listed = get(base, "/api/sign-in-failures", "admin", "demo");
		List<JsonNode> failures = new ObjectMapper().readTree(listed.body())
			.findParents("username")
			.stream()
			.filter((failure) -> USER.equals(failure.get("username").asText()))
			.toList();
		// eleven wrong passwords, and the right one tried before its wait was over
		assertThat(failures).hasSize(12).allSatisfy((failure) -> {
			assertThat(failure.get("door").asText()).isEqualTo("API");
			assertThat(failure.get("clientAddress").asText()).isNotBlank();
		});
		assertThat(get(base, "/api/sign-in-failures", "sec.gafsa", "demo").statusCode()).isEqualTo(403);
	}

	private void anAddressThatKeepsFailingWaitsWhateverItsPassword(String base) throws Exception {
		// the fifteenth failure from this address (twelve for the account, one just
		// above)
		assertThat(get(base, "/api/tasks", "nobody.at.all", "guess").statusCode()).isEqualTo(401);
		assertThat(get(base, "/api/tasks", "nobody.else", "guess").statusCode()).isEqualTo(401);

		HttpResponse<String> waiting = this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
			.header("Authorization", basic("sec.gafsa", "demo"))
			.header("Accept-Language", "ar")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(waiting.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(waiting.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(new ObjectMapper().readTree(waiting.body()).get("title").asText()).isEqualTo("محاولات كثيرة جدًا");
		assertThat(get(base, "/engine-rest/task", "sec.gafsa", "demo").statusCode()).isEqualTo(429);

		HttpResponse<String> portal = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=sec.gafsa&password=demo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(portal.statusCode()).isEqualTo(302);
		assertThat(portal.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?wait="));
	}

	private HttpResponse<String> get(String base, String path, String user, String password)
			throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static ConfigurableApplicationContext start(Path data) {
		// an engine of its own name: closing this application must not unregister the
		// engine the other integration tests share in this JVM
		return new SpringApplicationBuilder(TaawunApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("taawun") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=throttle",
				"--taawun.mail.public-url=https://taawun.example.org", "--taawun.sign-in.address-failures=14");
	}

}
