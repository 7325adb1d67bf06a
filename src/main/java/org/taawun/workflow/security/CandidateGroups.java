package org.taawun.workflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The groups tasks are offered to, sorted, read for a whole list of tasks in one query:
 * the engine's API reads them a task at a time, which made a ministry's list of two
 * hundred files two hundred queries. A task completed since it was listed has none.
 */
@Component
public class CandidateGroups {

	private final JdbcClient jdbc;

	CandidateGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, List<String>> of(Collection<String> taskIds) {
		Map<String, List<String>> groups = new HashMap<>();
		if (taskIds.isEmpty()) {
			return groups;
		}
		// the engine's own table of task candidates (ACT_RU_IDENTITYLINK, schema of 7.x)
		this.jdbc.sql("""
				select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
				where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (:tasks)
				order by GROUP_ID_""").param("tasks", taskIds).query((rs) -> {
			groups.computeIfAbsent(rs.getString(1), (task) -> new ArrayList<>()).add(rs.getString(2));
		});
		return groups;
	}

	public List<String> of(String taskId) {
		return of(List.of(taskId)).getOrDefault(taskId, List.of());
	}

}
