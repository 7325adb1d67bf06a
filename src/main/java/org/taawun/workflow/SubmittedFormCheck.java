package org.taawun.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.taawun.form.FormSchema;
import org.taawun.form.FormValidator;
import org.taawun.form.FormViolation;

/**
 * Refuses to complete a task whose variables do not satisfy its form, whoever completes
 * it: the Tasklist and the engine REST API check nothing on the server. The task stays
 * open and the caller gets a 400 with the reasons, in the language of its request.
 */
class SubmittedFormCheck implements TaskListener {

	private final String formRef;

	private final DeployedForms forms;

	private final FormValidator validator;

	private final DeadlineCalendar calendar;

	private final MessageSource messages;

	SubmittedFormCheck(String formRef, DeployedForms forms, FormValidator validator, DeadlineCalendar calendar,
			MessageSource messages) {
		this.formRef = formRef;
		this.forms = forms;
		this.validator = validator;
		this.calendar = calendar;
		this.messages = messages;
	}

	@Override
	public void notify(DelegateTask task) {
		FormSchema form = this.forms.of(task.getProcessDefinitionId(), this.formRef);
		List<FormViolation> violations = this.validator.validate(form, Map.of(), PlainValues.of(task.getVariables()),
				LocalDate.parse(this.calendar.today()), LocaleContextHolder.getLocale());
		if (!violations.isEmpty()) {
			String reasons = violations.stream()
				.map((v) -> v.field() + ": " + v.message())
				.collect(Collectors.joining("; "));
			throw new InvalidSubmissionException(this.formRef, this.messages.getMessage("task.invalid",
					new Object[] { reasons }, LocaleContextHolder.getLocale()));
		}
	}

}
