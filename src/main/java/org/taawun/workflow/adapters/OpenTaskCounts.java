package org.taawun.workflow.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.springframework.stereotype.Component;

/**
 * How many tasks are open to a person, as every page's header shows it: those assigned to
 * them, and those offered to one of their groups that nobody holds. The second is counted
 * with one semi-join: the engine's task query counts the distinct tasks of a join of the
 * tasks with their candidate links, which costs a ministry with thousands of tasks a sort
 * of them all on every page.
 */
@Component
class OpenTaskCounts {

	private final TaskService tasks;

	private final ManagementService management;

	OpenTaskCounts(TaskService tasks, ManagementService management) {
		this.tasks = tasks;
		this.management = management;
	}

	long of(String userId, Set<String> groups) {
		// a candidate group's count leaves out assigned tasks: the two never overlap
		long assigned = this.tasks.createTaskQuery().taskAssignee(userId).count();
		if (groups.isEmpty()) {
			return assigned;
		}
		NativeTaskQuery offered = this.tasks.createNativeTaskQuery();
		List<String> placeholders = new ArrayList<>();
		for (String group : groups) {
			String name = "group" + placeholders.size();
			placeholders.add("#{" + name + "}");
			offered.parameter(name, group);
		}
		return assigned + offered
			.sql("select count(*) from " + this.management.getTableName(TaskEntity.class)
					+ " RES where RES.ASSIGNEE_ is null and exists (select 1 from "
					+ this.management.getTableName(IdentityLinkEntity.class)
					+ " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ("
					+ String.join(", ", placeholders) + "))")
			.count();
	}

}
