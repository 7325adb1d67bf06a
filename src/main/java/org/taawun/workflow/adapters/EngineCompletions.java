package org.taawun.workflow.adapters;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.task.Task;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import org.taawun.form.InvalidSubmissionException;
import org.taawun.task.TaskItem;
import org.taawun.task.TaskTakenException;
import org.taawun.workflow.rules.PlainValues;
import org.taawun.workflow.rules.RefusedVariablesException;
import org.taawun.workflow.security.Authenticated;

/**
 * Completes a task in a user's name, in one command with its claim: the task as the
 * caller read it says whether it must be claimed first, so it is not read again. The
 * engine holds the values against the task's form ({@link TaskSubmissions}).
 */
@Component
class EngineCompletions {

	/**
	 * A completion that collides with the process's own jobs is tried this many times.
	 */
	private static final int ATTEMPTS = 3;

	private final TaskService tasks;

	private final Authenticated authenticated;

	EngineCompletions(TaskService tasks, Authenticated authenticated) {
		this.tasks = tasks;
		this.authenticated = authenticated;
	}

	void complete(TaskItem task, String userId, Map<String, Object> values) {
		// whoever lost a race learns it when the engine writes, at the end of the
		// command; a job of the same process (a document being issued) that wrote
		// first is no rival: the completion is tried again while the task is still
		// there for the user
		for (int attempt = 1;; attempt++) {
			try {
				completeOnce(task, userId, values);
				return;
			}
			catch (TaskAlreadyClaimedException | NullValueException ex) {
				throw new TaskTakenException(task.id());
			}
			catch (RefusedVariablesException ex) {
				throw new InvalidSubmissionException(ex.violations());
			}
			catch (ProcessEngineException ex) {
				// PostgreSQL reports a concurrent delete as a foreign key
				// violation, which the engine does not turn into an optimistic
				// locking failure
				boolean collided = ex instanceof OptimisticLockingException
						|| ex.getCause() instanceof OptimisticLockingFailureException
						|| ex.getCode() == BuiltinExceptionCode.FOREIGN_KEY_CONSTRAINT_VIOLATION.getCode();
				if (!collided) {
					throw ex;
				}
				if (attempt == ATTEMPTS || !stillOpenTo(task.id(), userId)) {
					throw new TaskTakenException(task.id());
				}
			}
		}
	}

	private void completeOnce(TaskItem task, String userId, Map<String, Object> values) {
		this.authenticated.as(userId, () -> {
			if (task.assignee() == null) {
				this.tasks.claim(task.id(), userId);
			}
			this.tasks.complete(task.id(), PlainValues.engine(values));
			return null;
		});
	}

	private boolean stillOpenTo(String taskId, String userId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		return task != null && (task.getAssignee() == null || task.getAssignee().equals(userId));
	}

}
