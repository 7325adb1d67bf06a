package org.taawun.workflow.security;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Component;

/**
 * Gives the Tasklist the two lists a secretary or reviewer works from: the tasks they
 * claimed, and the tasks offered to their groups.
 */
@Component
class TasklistFilters {

	static final String MY_TASKS = "Mes tâches — مهامي";

	static final String MY_GROUPS_TASKS = "Tâches de mes groupes — مهام مجموعاتي";

	private final FilterService filters;

	private final TaskService tasks;

	TasklistFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	/** Creates the two lists, unless they exist. */
	void ensure() {
		ensure(MY_TASKS, this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), -10);
		ensure(MY_GROUPS_TASKS, this.tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"),
				0);
	}

	private void ensure(String name, TaskQuery query, int priority) {
		if (this.filters.createFilterQuery().filterName(name).count() == 0) {
			Filter filter = this.filters.newTaskFilter(name);
			filter.setQuery(query);
			filter.setProperties(Map.of("priority", priority, "refresh", true));
			this.filters.saveFilter(filter);
		}
	}

}
