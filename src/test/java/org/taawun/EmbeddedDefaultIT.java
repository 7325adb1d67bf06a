package org.taawun;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
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

			Tasklist tasklist = tasklistLogin(base, "sec.gafsa", "demo");
			assertThat(tasklist.status()).isEqualTo(200);
			listsOnlyTheTasksOfGafsa(app, tasklist);
			assertThat(tasklistLogin(base, "sec.gafsa", "wrong").status()).isEqualTo(401);
			// after a failed attempt the engine makes the next one wait: even the right
			// password is refused at once
			assertThat(tasklistLogin(base, "sec.gafsa", "demo").status()).isEqualTo(401);
			agreements = count(app);
			assertThat(agreements).isGreaterThanOrEqualTo(4);
		}
		try (ConfigurableApplicationContext app = start(url)) {
			assertThat(count(app)).isEqualTo(agreements);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// its own engine name: closing this application must not unregister the engine
		// that
		// the other integration tests share in the same JVM
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
	 * What the Tasklist shows a secretary of Gafsa, through the calls it makes: its lists
	 * (filters) and the tasks of each, and the plain task query. Other authorities have
	 * tasks waiting too.
	 */
	private static void listsOnlyTheTasksOfGafsa(ConfigurableApplicationContext app, Tasklist tasklist)
			throws IOException, InterruptedException {
		RuntimeService runtime = app.getBean(RuntimeService.class);
		app.getBean(Agreements.class)
			.draft(new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING, "اتفاقية توأمة",
					"Jumelage Gafsa – Lille",
					new ForeignPartner("Ville de Lille", "Lille", "FR", "international@lille.example", "fr"),
					Set.of(CooperationField.CULTURE)),
					Account.of("sec.gafsa", Set.of(Role.SECRETARIAT.group("gafsa"))));
		assertThat(app.getBean(TaskService.class).createTaskQuery().list())
			.extracting((task) -> businessKey(runtime, task.getProcessInstanceId()))
			.anyMatch((reference) -> !reference.startsWith("GAFSA-"));
		JsonNode filters = tasklist.get("/filter?resourceType=Task");
		assertThat(filters.findValuesAsText("name")).contains("Mes tâches — مهامي",
				"Tâches de mes groupes — مهام مجموعاتي");
		List<String> shown = new ArrayList<>();
		for (String filter : filters.findValuesAsText("id")) {
			tasklist.post("/filter/" + filter + "/list?firstResult=0&maxResults=100", "{}")
				.path("_embedded")
				.path("task")
				.forEach((task) -> shown.add(task.get("processInstanceId").asText()));
		}
		tasklist.get("/task?maxResults=100").forEach((task) -> shown.add(task.get("processInstanceId").asText()));
		assertThat(shown).isNotEmpty()
			.extracting((processInstance) -> businessKey(runtime, processInstance))
			.allMatch((reference) -> reference.startsWith("GAFSA-"));
	}

	private static String businessKey(RuntimeService runtime, String processInstanceId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		return String.valueOf(instance.getBusinessKey());
	}

	/**
	 * A signed-in Tasklist: its cookies and CSRF token, calling the engine as the page
	 * does.
	 */
	private record Tasklist(int status, HttpClient client, String base, CookieManager cookies) {

		JsonNode get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(this.base + "/camunda/api/engine/engine/" + ENGINE + path))
				.header("Accept", "application/json")
				.GET());
		}

		JsonNode post(String path, String json) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(this.base + "/camunda/api/engine/engine/" + ENGINE + path))
				.header("Accept", "application/hal+json")
				.header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", csrfToken(this.cookies))
				.POST(HttpRequest.BodyPublishers.ofString(json)));
		}

		private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> answer = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			return new ObjectMapper().readTree(answer.body());
		}

	}

	private static String csrfToken(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, latest) -> latest)
			.orElse("");
	}

	/**
	 * Logs in as the Tasklist page does: fetch its CSRF cookie, then post the
	 * credentials.
	 */
	private static Tasklist tasklistLogin(String base, String user, String password)
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
		int status = client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
		return new Tasklist(status, client, base, cookies);
	}

}
