package org.taawun.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit of the demo's agreement in force at Oran, asked for by its secretary over the
 * API and approved: its mission order waits for the secretary.
 *
 * @param missionOrder the path of the mission order's task in the portal
 */
record ApprovedVisit(long agreementId, String reference, String missionOrder) {

	/** How {@code sec.oran} signs the API's and the engine's requests. */
	static final String SECRETARY_AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("sec.oran:demo".getBytes(StandardCharsets.UTF_8));

	static ApprovedVisit at(String base, JdbcClient jdbc, ManagementService management, TaskService tasks)
			throws IOException, InterruptedException {
		AgreementInForce agreement = AgreementInForce.atOran(jdbc, management);
		long id = agreement.id();
		String reference = agreement.reference();
		LocalDate departure = LocalDate.now().plusDays(30);
		HttpResponse<String> requested = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements/" + id + "/visits"))
				.header("Authorization", SECRETARY_AUTHORIZATION)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"direction\": \"OUTGOING\", \"purpose\": \"Formation\"," + " \"departureDate\": \""
							+ departure + "\", \"returnDate\": \"" + departure.plusDays(4) + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(requested.statusCode()).isEqualTo(202);
		// the newest approval is this visit's: others may be under way on the same
		// agreement
		Task approval = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey("Task_ApproveVisit")
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, 1)
			.get(0);
		tasks.complete(approval.getId(), Map.of("visitDecision", "APPROVE"));
		Task order = tasks.createTaskQuery()
			.processInstanceId(approval.getProcessInstanceId())
			.taskDefinitionKey("Task_IssueMissionOrder")
			.singleResult();
		return new ApprovedVisit(id, reference, "/tasks/" + order.getId());
	}

}
