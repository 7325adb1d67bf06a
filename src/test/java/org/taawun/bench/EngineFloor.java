package org.taawun.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare engine doing what a lifecycle does, with nothing of ours but the rules the
 * engine itself enforces (a completion holds to its task's form): the same number of user
 * tasks, a message wait state, and asynchronous service steps whose delegates do nothing.
 * Driven through the engine's own services, on the same database and job executor as the
 * lifecycles it is compared with.
 */
final class EngineFloor {

	static final String PROCESS = "BenchFloor";

	static final String MESSAGE = "BenchFloorAccepted";

	/**
	 * The form of the floor's tasks: the engine holds every completion to its task's
	 * form, the floor's as well as ours.
	 */
	private static final String FORM = "bench-floor";

	private static final String FORM_JSON = """
			{"id":"bench-floor","type":"default","components":[
			 {"key":"decision","type":"textfield","label":"Decision"},
			 {"key":"notes","type":"textarea","label":"Notes"},
			 {"key":"day","type":"datetime","subtype":"date","dateLabel":"Day"}]}""";

	private final ProcessEngine engine;

	private final int userTasks;

	private final AtomicLong completed = new AtomicLong();

	private final AtomicLong statementsInCompletions = new AtomicLong();

	private EngineFloor(ProcessEngine engine, int userTasks) {
		this.engine = engine;
		this.userTasks = userTasks;
	}

	/**
	 * Deploys a floor process: the user tasks in a row, the service steps spread after
	 * them, the message wait before the last task.
	 */
	static EngineFloor deploy(ProcessEngine engine, int userTasks, int asyncSteps) {
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent();
		int stepsLeft = asyncSteps;
		for (int task = 1; task <= userTasks; task++) {
			if (task == userTasks) {
				flow = flow.receiveTask("Wait").message(MESSAGE);
			}
			flow = flow.userTask("Task" + task)
				.camundaCandidateGroups("bench-floor")
				.camundaFormRef(FORM)
				.camundaFormRefBinding("deployment");
			int stepsHere = (int) Math.ceil((double) stepsLeft / (userTasks - task + 1));
			for (int step = 0; step < stepsHere; step++, stepsLeft--) {
				flow = flow.serviceTask("Step" + task + "_" + step).camundaAsyncBefore().camundaExpression("${null}");
			}
		}
		BpmnModelInstance model = flow.endEvent().done();
		engine.getRepositoryService()
			.createDeployment()
			.name("bench-floor")
			.addModelInstance("floor.bpmn", model)
			.addString("forms/" + FORM + ".form", FORM_JSON)
			.deploy();
		return new EngineFloor(engine, userTasks);
	}

	/** The statements sent while completing tasks, on the completing threads. */
	long statementsInCompletions() {
		return this.statementsInCompletions.get();
	}

	/** How many tasks the floor has completed so far. */
	long completed() {
		return this.completed.get();
	}

	/**
	 * One instance from start to end, waiting for the job executor as the lifecycles do.
	 */
	void run(int index) {
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "FLOOR-" + index).getId();
		for (int task = 1; task <= this.userTasks; task++) {
			String key = "Task" + task;
			if (task == this.userTasks) {
				LifecycleDriver.await(() -> this.engine.getRuntimeService()
					.createExecutionQuery()
					.processInstanceId(instance)
					.messageEventSubscriptionName(MESSAGE)
					.singleResult(), "floor wait state");
				this.engine.getRuntimeService()
					.createMessageCorrelation(MESSAGE)
					.processInstanceId(instance)
					.correlate();
			}
			Task found = LifecycleDriver.await(() -> this.engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(instance)
				.taskDefinitionKey(key)
				.singleResult(), "floor task " + key);
			long before = StatementCounter.mine();
			this.engine.getTaskService().claim(found.getId(), "bench");
			this.engine.getTaskService()
				.complete(found.getId(), Map.of("decision", "YES", "notes", "Rien à signaler.", "day", "2026-11-22"));
			this.completed.incrementAndGet();
			this.statementsInCompletions.addAndGet(StatementCounter.mine() - before);
		}
		LifecycleDriver.await(() -> (this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(instance)
			.count() == 0) ? Boolean.TRUE : null, "floor end");
	}

}
