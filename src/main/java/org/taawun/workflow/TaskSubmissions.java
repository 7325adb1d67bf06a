package org.taawun.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.form.FormSchema;
import org.taawun.form.FormValidator;
import org.taawun.form.FormViolation;

/**
 * What a person sends to a task changes what its form asks and nothing else, whatever
 * route it takes: our API and portal, the Tasklist, or the engine REST API (complete,
 * submit-form, resolve, the task's variables, a BPMN error or escalation thrown from the
 * task). Before a command works on a task, the variables the task sees are noted
 * ({@link #before}); when the task is completed, updated or left, what changed since is
 * held against its form ({@link #check}). A name the form does not declare, a read-only
 * field changed or a value that would not be kept refuses the whole command, so nothing
 * is written; a completion is then validated against its form, once.
 */
@Component
class TaskSubmissions {

	private static final FormSchema NO_FORM = new FormSchema("", List.of());

	private final DeployedForms forms;

	private final FormValidator validator;

	private final DeadlineCalendar calendar;

	private final MessageSource messages;

	// the engine's services that DeployedForms needs exist only once the engine is built
	TaskSubmissions(@Lazy DeployedForms forms, FormValidator validator, DeadlineCalendar calendar,
			MessageSource messages) {
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
	 * @throws InvalidSubmissionException with a message per refused field
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
		FormSchema form = (formRef != null) ? this.forms.of(task.getProcessDefinitionId(), formRef) : NO_FORM;
		violations.addAll(completing
				? this.validator.validate(form, changed, before, LocalDate.parse(this.calendar.today()),
						LocaleContextHolder.getLocale())
				: this.validator.outsideForm(form, changed, before, LocaleContextHolder.getLocale()));
		if (!violations.isEmpty()) {
			throw new InvalidSubmissionException(form.id(), violations,
					text("task.invalid", InvalidSubmissionException.reasons(violations)));
		}
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
