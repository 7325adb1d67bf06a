package org.taawun;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a newcomer runs it: an H2 file database, demo data, the
 * Tasklist. Run twice on the same folder, as a restart would.
 */
class EmbeddedDefaultIT {

	private static final String ENGINE = "smoke";

	@Test
	void startsOnH2WithDemoDataThatSurvivesARestart(@TempDir Path data) throws Exception {
		String url = "jdbc:h2:file:" + data.resolve("taawun") + ";DB_CLOSE_ON_EXIT=FALSE";
		long agreements;
		try (ConfigurableApplicationContext app = start(url)) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/actuator/health")).contains("\"status\":\"UP\"");
			assertThat(get(base + "/v3/api-docs")).contains("/api/agreements", "/api/tasks/{id}/complete");

			assertThat(tasklistLogin(base, "sec.gafsa", "demo")).isEqualTo(200);
			assertThat(tasklistLogin(base, "sec.gafsa", "wrong")).isEqualTo(401);
			agreements = count(app);
			assertThat(agreements).isGreaterThanOrEqualTo(4);
		}
		try (ConfigurableApplicationContext app = start(url)) {
			assertThat(count(app)).isEqualTo(agreements);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// its own engine name: closing this application must not unregister the engine
		// that the
		// other integration tests share in the same JVM
		return new SpringApplicationBuilder(TaawunApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--camunda.bpm.job-execution.enabled=false",
				"--camunda.bpm.process-engine-name=" + ENGINE);
	}

	private static long count(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("select count(*) from agreement").query(Long.class).single();
	}

	private static String get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/**
	 * Logs in as the Tasklist page does: fetch its CSRF cookie, then post the
	 * credentials.
	 */
	private static int tasklistLogin(String base, String user, String password)
			throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/" + ENGINE + "/")).build(),
				HttpResponse.BodyHandlers.discarding());
		String token = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		HttpRequest login = HttpRequest
			.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
			.build();
		return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
