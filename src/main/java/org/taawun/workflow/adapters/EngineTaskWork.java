package org.taawun.workflow.adapters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Component;

import org.taawun.form.FormSchema;
import org.taawun.task.TaskItem;
import org.taawun.task.TaskTakenException;
import org.taawun.task.TaskWork;
import org.taawun.workflow.deployment.DeployedForms;
import org.taawun.workflow.rules.PlainValues;
import org.taawun.workflow.steps.DeadlineCalendar;
import org.taawun.workflow.steps.TaskAlerts;

/**
 * The task list on the engine. Lists from a form (checklists, tag lists, dynamic lists)
 * are stored as JSON variables, as the Tasklist stores them.
 */
@Component
class EngineTaskWork implements TaskWork {

	private static final Comparator<TaskItem> MOST_URGENT_FIRST = Comparator.comparingInt(TaskItem::priority)
		.reversed()
		.thenComparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TaskItem::created);

	private final TaskService tasks;

	private final EngineCompletions completions;

	private final DeployedForms forms;

	private final DeadlineCalendar calendar;

	private final HistoryService history;

	private final DocumentsToRead documentsToRead;

	private final TaskItems items;

	private final GroupTasks groupTasks;

	EngineTaskWork(TaskService tasks, TaskItems items, GroupTasks groupTasks, EngineCompletions completions,
			DeployedForms forms, DeadlineCalendar calendar, DocumentsToRead documentsToRead, HistoryService history) {
		this.groupTasks = groupTasks;
		this.history = history;
		this.items = items;
		this.documentsToRead = documentsToRead;

		this.tasks = tasks;
		this.completions = completions;
		this.forms = forms;
		this.calendar = calendar;
	}

	@Override
	public List<TaskItem> offeredTo(String userId, Set<String> groups, int max) {
		return ofUserAndGroups(userId, groups, max, false);
	}

	@Override
	public List<TaskItem> ofTeam(String userId, Set<String> groups, int max) {
		return ofUserAndGroups(userId, groups, max, true);
	}

	private List<TaskItem> ofUserAndGroups(String userId, Set<String> groups, int max, boolean heldByColleagues) {
		// two queries the database answers from its indexes (assignee; candidate group),
		// where one query with "assignee or group" reads every open task
		Map<String, Task> found = new LinkedHashMap<>();
		mostUrgent(this.tasks.createTaskQuery().taskAssignee(userId), max)
			.forEach((task) -> found.put(task.getId(), task));
		if (!groups.isEmpty()) {
			this.groupTasks.mostUrgent(groups, heldByColleagues, max)
				.forEach((task) -> found.putIfAbsent(task.getId(), task));
		}
		return items(List.copyOf(found.values())).stream().sorted(MOST_URGENT_FIRST).limit(max).toList();
	}

	@Override
	public long countOfferedTo(String userId, Set<String> groups) {
		return this.groupTasks.countOpen(userId, groups);
	}

	/**
	 * The most urgent tasks of the query; sorted again by the caller, because databases
	 * differ on where a task without due date goes.
	 */
	private static List<Task> mostUrgent(TaskQuery query, int max) {
		return query.initializeFormKeys()
			.orderByTaskPriority()
			.desc()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, max);
	}

	@Override
	public List<TaskItem> escalatedIn(Set<String> groups, int max) {
		if (groups.isEmpty()) {
			return List.of();
		}
		// held by someone or not, an escalated task is still the unit's
		return items(this.groupTasks.mostUrgent(groups, true, TaskAlerts.ESCALATED_PRIORITY, max)).stream()
			.sorted(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	@Override
	public Optional<TaskItem> find(String taskId) {
		return Optional.ofNullable(this.tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult())
			.map((task) -> items(List.of(task)).get(0));
	}

	@Override
	public boolean finishedAndWasOpenTo(String taskId, String userId, Set<String> groups) {
		HistoricTaskInstance done = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		if (done == null) {
			return false;
		}
		return userId.equals(done.getAssignee()) || this.history.createHistoricIdentityLinkLogQuery()
			.taskId(taskId)
			.list()
			.stream()
			.anyMatch((link) -> link.getGroupId() != null && groups.contains(link.getGroupId()));
	}

	@Override
	public Optional<String> completedBy(String taskId) {
		HistoricTaskInstance done = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		return Optional.ofNullable(done).map(HistoricTaskInstance::getAssignee);
	}

	@Override
	public FormSchema form(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new TaskTakenException(taskId);
		}
		return this.forms.of(task.getProcessDefinitionId(), task.getCamundaFormRef().getKey());
	}

	@Override
	public List<String> documentsToRead(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		return (task != null) ? this.documentsToRead.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
				: List.of();
	}

	@Override
	public Map<String, Object> variables(String taskId) {
		try {
			return PlainValues.of(this.tasks.getVariables(taskId));
		}
		catch (NullValueException ex) {
			throw new TaskTakenException(taskId);
		}
	}

	@Override
	public void claim(String taskId, String userId) {
		try {
			this.tasks.claim(taskId, userId);
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException ex) {
			throw new TaskTakenException(taskId);
		}
	}

	@Override
	public void unclaim(String taskId) {
		this.tasks.setAssignee(taskId, null);
	}

	@Override
	public void complete(TaskItem task, String userId, Map<String, Object> values) {
		this.completions.complete(task, userId, values);
	}

	@Override
	public List<TaskItem> openIn(String reference, String userId, Set<String> groups) {
		return items(this.tasks.createTaskQuery().processInstanceBusinessKey(reference).initializeFormKeys().list())
			.stream()
			.filter((task) -> task.isOpenTo(userId, groups))
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	@Override
	public LocalDate today() {
		return LocalDate.parse(this.calendar.today());
	}

	private List<TaskItem> items(List<Task> found) {
		return this.items.of(found);
	}

}
