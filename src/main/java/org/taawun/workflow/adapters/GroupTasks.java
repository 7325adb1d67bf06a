package org.taawun.workflow.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The tasks offered to a person's groups, listed and counted with one semi-join on their
 * candidate links. The engine's task query reads the distinct tasks of a join of the
 * tasks with their links, which costs a ministry with thousands of tasks a sort of them
 * all, whole rows, on every list and every page's header.
 */
@Component
class GroupTasks {

	private final TaskService tasks;

	private final ManagementService management;

	private final ProcessEngineConfigurationImpl engine;

	GroupTasks(TaskService tasks, ManagementService management, ProcessEngineConfigurationImpl engine) {
		this.tasks = tasks;
		this.management = management;
		this.engine = engine;
	}

	/**
	 * How many tasks are open to the person: those assigned to them, and those offered to
	 * one of their groups that nobody holds (the two never overlap).
	 */
	long countOpen(String userId, Set<String> groups) {
		long assigned = this.tasks.createTaskQuery().taskAssignee(userId).count();
		if (groups.isEmpty()) {
			return assigned;
		}
		NativeTaskQuery offered = this.tasks.createNativeTaskQuery();
		return assigned + offered
			.sql("select count(*) from " + table(TaskEntity.class) + " RES where " + "RES.ASSIGNEE_ is null and "
					+ offeredTo(groups, offered))
			.count();
	}

	/**
	 * The most urgent tasks offered to the groups, those someone holds too when asked,
	 * with their forms' keys: by priority, then due day, then age.
	 */
	List<Task> mostUrgent(Set<String> groups, boolean heldToo, int max) {
		return mostUrgent(groups, heldToo, Integer.MIN_VALUE, max);
	}

	/** The most urgent of those whose priority is at least the one given. */
	List<Task> mostUrgent(Set<String> groups, boolean heldToo, int minPriority, int max) {
		return this.engine.getCommandExecutorTxRequired().execute((context) -> {
			NativeTaskQuery query = this.tasks.createNativeTaskQuery().parameter("minPriority", minPriority);
			List<Task> found = query
				.sql("select RES.* from " + table(TaskEntity.class) + " RES where "
						+ (heldToo ? "" : "RES.ASSIGNEE_ is null and ") + "RES.PRIORITY_ >= #{minPriority} and "
						+ offeredTo(groups, query)
						+ " order by RES.PRIORITY_ desc, RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc")
				.listPage(0, max);
			// what the engine's own query does when asked to initialise the forms' keys
			found.forEach((task) -> ((TaskEntity) task).initializeFormKey());
			return found;
		});
	}

	private String offeredTo(Set<String> groups, NativeTaskQuery query) {
		List<String> placeholders = new ArrayList<>();
		for (String group : groups) {
			String name = "group" + placeholders.size();
			placeholders.add("#{" + name + "}");
			query.parameter(name, group);
		}
		return "exists (select 1 from " + table(IdentityLinkEntity.class)
				+ " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ("
				+ String.join(", ", placeholders) + "))";
	}

	private String table(Class<?> entity) {
		return this.management.getTableName(entity);
	}

}
