package org.taawun.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.taawun.form.FormSchema;

/**
 * What the task list needs from the process engine. The {@code workflow} feature
 * implements it.
 */
public interface TaskWork {

	/**
	 * The tasks assigned to the user and those offered to their groups, most urgent
	 * first, at most {@code max} of them.
	 */
	List<TaskItem> offeredTo(String userId, Set<String> groups, int max);

	/**
	 * The tasks of the user and of their groups, those colleagues hold included, the most
	 * urgent first, at most {@code max} of them.
	 */
	List<TaskItem> ofTeam(String userId, Set<String> groups, int max);

	/** How many tasks are assigned to the user or offered to their groups. */
	long countOfferedTo(String userId, Set<String> groups);

	/**
	 * The escalated tasks (past their due date) offered to the groups, the longest
	 * overdue first, at most {@code max} of them.
	 */
	List<TaskItem> escalatedIn(Set<String> groups, int max);

	Optional<TaskItem> find(String taskId);

	/**
	 * Whether the task is done, and was offered to the user or their groups: a late
	 * second hand learns that someone else was first.
	 */
	boolean finishedAndWasOpenTo(String taskId, String userId, Set<String> groups);

	/** Who completed the task, once it is done and the engine knows. */
	Optional<String> completedBy(String taskId);

	/**
	 * The form of the task, as deployed with its process.
	 * @throws TaskTakenException if the task was completed meanwhile
	 */
	FormSchema form(String taskId);

	/**
	 * The kinds of the documents the task's performer reads to do it, most important
	 * first, as its model names them.
	 */
	List<String> documentsToRead(String taskId);

	/**
	 * The variables the task sees, for rules that compare a submission with earlier
	 * steps.
	 */
	Map<String, Object> variables(String taskId);

	/**
	 * @throws TaskTakenException if someone else claimed it meanwhile
	 */
	void claim(String taskId, String userId);

	void unclaim(String taskId);

	/**
	 * Completes the task, as the caller read it, in the user's name with the submitted
	 * values.
	 * @throws TaskTakenException if someone else completed or claimed it meanwhile
	 * @throws org.taawun.form.InvalidSubmissionException with a message per refused field
	 */
	void complete(TaskItem task, String userId, Map<String, Object> values);

	/**
	 * The tasks of the agreement with that reference, in all its processes, assigned to
	 * the user or offered to their groups, most urgent first.
	 */
	List<TaskItem> openIn(String reference, String userId, Set<String> groups);

	/** The legal day by the engine's clock, for forms that refuse dates in the future. */
	LocalDate today();

}
