package org.taawun.workflow.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.VariableMap;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.form.FormSchema;
import org.taawun.form.FormValidator;
import org.taawun.form.FormViolation;
import org.taawun.workflow.deployment.DeployedForms;
import org.taawun.workflow.steps.DeadlineCalendar;

/**
 * What a person sends to a task changes what its form asks and nothing else, whatever
 * route it takes: our API and portal, the Tasklist, or the engine REST API (complete,
 * submit-form, resolve, the task's variables, a BPMN error or escalation thrown from the
 * task). Before a command works on a task, the variables the task sees are noted
 * ({@link #before}); when the task is completed, updated or left, what the command wrote
 * since is held against its form ({@link #check}). A name the form does not declare, a
 * read-only field changed or a value that would not be kept refuses the whole command, so
 * nothing is written; a completion is then validated against its form, once, and what it
 * sent for a field its answer does not call for (a refusal's reasons next to "no
 * objection") is not kept, and the opinion or decision it gives is kept with its reasons
 * ({@link DecisionsKept}).
 */
@Component
class TaskSubmissions {

	private static final FormSchema NO_FORM = new FormSchema("", List.of());

	private final DeployedForms forms;

	private final FormValidator validator;

	private final DeadlineCalendar calendar;

	private final MessageSource messages;

	private final DecisionsKept decisions;

	// the engine's services that DeployedForms needs exist only once the engine is built
	TaskSubmissions(@Lazy DeployedForms forms, FormValidator validator, DeadlineCalendar calendar,
			MessageSource messages, DecisionsKept decisions) {
		this.decisions = decisions;
		this.forms = forms;
		this.validator = validator;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** Notes what the task holds before the command writes to it, once per command. */
	void before(TaskEntity task) {
		Context.getCommandContext().getSession(Before.class).values.computeIfAbsent(task.getId(),
				(id) -> PlainValues.of(task.getVariables()));
	}

	/**
	 * Holds what changed since {@link #before} against the task's form; a completion is
	 * validated too.
	 * @param formRef the task's form, or null for a task without one: then nothing may
	 * change
	 * @throws RefusedVariablesException with a message per refused field
	 */
	void check(DelegateTask task, String formRef, boolean completing) {
		Map<String, Object> before = Context.getCommandContext().getSession(Before.class).values.get(task.getId());
		if (before == null) {
			// the command did not come to write to this task: the process moved on
			return;
		}
		VariableMap now = task.getVariablesTyped();
		Map<String, Object> changed = new LinkedHashMap<>();
		List<FormViolation> violations = new ArrayList<>();
		now.forEach((name, value) -> {
			Object plain = PlainValues.of(value);
			if (now.getValueTyped(name).isTransient()) {
				violations.add(new FormViolation(name, text("form.not-kept")));
			}
			else if (!before.containsKey(name) || !Objects.equals(before.get(name), plain)) {
				changed.put(name, plain);
			}
		});
		before.keySet().stream().filter((name) -> !now.containsKey(name)).forEach((name) -> changed.put(name, null));
		// a value written again unchanged was still sent
		writtenBy(task).forEach((name) -> changed.putIfAbsent(name, before.get(name)));
		FormSchema form = (formRef != null) ? this.forms.of(task.getProcessDefinitionId(), formRef) : NO_FORM;
		if (violations.isEmpty()) {
			// a value that would not be kept is the one thing to say about its field
			violations.addAll(completing
					? this.validator.validate(form, changed, before, LocalDate.parse(this.calendar.today()),
							LocaleContextHolder.getLocale())
					: this.validator.outsideForm(form, changed, before, LocaleContextHolder.getLocale()));
		}
		if (!violations.isEmpty()) {
			throw new RefusedVariablesException(violations, text(completing ? "task.invalid" : "variables.refused",
					RefusedVariablesException.reasons(violations)));
		}
		if (completing) {
			// whatever the client sent for a field the answer does not call for is not
			// kept
			Set<String> notApplying = this.validator.notApplying(form, changed, before);
			notApplying.forEach(task::removeVariable);
			changed.keySet().removeAll(notApplying);
			this.decisions.keep(task, form, changed);
		}
	}

	/** The variables of the task and its process that the command has written so far. */
	private static Set<String> writtenBy(DelegateTask task) {
		DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
		return cache.getEntitiesByType(VariableInstanceEntity.class)
			.stream()
			.filter((variable) -> task.getId().equals(variable.getTaskId())
					|| Objects.equals(task.getProcessInstanceId(), variable.getProcessInstanceId()))
			.filter((variable) -> {
				CachedDbEntity cached = cache.getCachedEntity(variable);
				return cached.getEntityState() == DbEntityState.TRANSIENT
						|| (cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty());
			})
			.map(VariableInstanceEntity::getName)
			.collect(Collectors.toSet());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** What the tasks a command writes to held before it, by task id. */
	static final class Before implements Session {

		private final Map<String, Map<String, Object>> values = new HashMap<>();

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

	/** Opens the notes of each command. */
	static final class BeforeFactory implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return Before.class;
		}

		@Override
		public Session openSession() {
			return new Before();
		}

	}

}
