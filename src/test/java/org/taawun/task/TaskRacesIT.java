package org.taawun.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.taawun.identity.Directory;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two secretaries of Gafsa act on the same task at the same moment: one wins, the other
 * is told with a {@code 409} that someone else took it; never a {@code 500}, never both.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRacesIT {

	private static final int ROUNDS = 8;

	private static final Map<String, Object> ELIGIBLE = Map.of("partnerIsLocalAuthority", true,
			"publicInterestConfirmed", true, "withinCompetences", true, "eligibilityDecision", "ELIGIBLE");

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	@Autowired
	private Directory directory;

	@BeforeAll
	void aSecondSecretaryOfGafsa() {
		if (!this.directory.hasUser("sec2.gafsa")) {
			this.directory.createDemoUser("sec2.gafsa", "Second", "Secrétaire", "sec2.gafsa@demo.taawun.org", "demo");
			this.directory.ensureMembership("sec2.gafsa", "secretariat-gafsa");
		}
	}

	@Test
	void letsOneOfTwoClaimsWinAndTellsTheOther() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String task = freshTask();

			List<Integer> statuses = atOnce((user) -> post(user, "/api/tasks/" + task + "/claim", "{}"));

			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
			assertThat(this.tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isIn("sec.gafsa",
					"sec2.gafsa");
		}
	}

	@Test
	void completesATaskOnceWhenTwoCompleteItAtOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String task = freshTask();
			String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ELIGIBLE);

			List<Integer> statuses = atOnce((user) -> post(user, "/api/tasks/" + task + "/complete", json));

			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
			assertThat(this.history.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isEqualTo(1);
		}
	}

	/** The two secretaries send their request at the same moment; their statuses. */
	private List<Integer> atOnce(UserCall call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (String user : List.of("sec.gafsa", "sec2.gafsa")) {
				Callable<Integer> request = () -> {
					start.await();
					return call.send(user);
				};
				answers.add(pool.submit(request));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	private String freshTask() {
		String body = """
				{"jurisdiction":"TN","localAuthority":"gafsa","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة","titleFr":"Jumelage course",
				 "partner":{"name":"Ville de Lille","city":"Lille","country":"FR",
				            "email":"course@lille.example","language":"fr"},
				 "fields":["CULTURE"]}""";
		JsonNode created = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForObject("/api/agreements", json(body), JsonNode.class);
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(created.get("reference").asText())
			.singleResult()
			.getId();
	}

	private int post(String user, String path, String body) {
		ResponseEntity<String> answer = this.rest.withBasicAuth(user, "demo")
			.postForEntity(path, json(body), String.class);
		return answer.getStatusCode().value();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	@FunctionalInterface
	private interface UserCall {

		int send(String user) throws Exception;

	}

}
