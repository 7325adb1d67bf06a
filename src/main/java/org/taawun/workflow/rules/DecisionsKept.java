package org.taawun.workflow.rules;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Decision;
import org.taawun.agreement.Decisions;
import org.taawun.form.FormField;
import org.taawun.form.FormSchema;
import org.taawun.party.BilingualName;
import org.taawun.workflow.model.AgreementLifecycle.Vars;
import org.taawun.workflow.steps.RegisterSteps;

/**
 * Keeps what a completed task answered when its form asks for an opinion or a decision
 * (the choice its form marks {@code decision}), with the reasons written in its text
 * areas, so that each later reviewer reads every earlier answer.
 */
@Component
class DecisionsKept {

	private final Decisions decisions;

	private final Clock clock;

	DecisionsKept(Decisions decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	/**
	 * @param kept what the completion sent and is kept, by field
	 */
	void keep(DelegateTask task, FormSchema form, Map<String, Object> kept) {
		if (!(task.getVariable(Vars.AGREEMENT_ID) instanceof Number agreementId)) {
			return;
		}
		Map<String, FormField> inputs = form.inputs();
		inputs.values()
			.stream()
			.filter((field) -> "true".equals(field.properties().get("decision")))
			.findFirst()
			.ifPresent((field) -> {
				Object answer = kept.containsKey(field.key()) ? kept.get(field.key()) : task.getVariable(field.key());
				field.options()
					.stream()
					.filter((option) -> option.value().equals(answer))
					.findFirst()
					.ifPresent((option) -> this.decisions.record(agreementId.longValue(),
							new Decision(task.getId(), task.getTaskDefinitionKey(), this.clock.instant(), actor(task),
									option.value(), new BilingualName(option.label("ar"), option.label("fr")),
									reasons(inputs, kept))));
			});
	}

	/** What the person wrote in the form's text areas, each on its own paragraph. */
	private static String reasons(Map<String, FormField> inputs, Map<String, Object> kept) {
		String reasons = inputs.values()
			.stream()
			.filter((field) -> "textarea".equals(field.type()))
			.map((field) -> kept.get(field.key()))
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.map(String::strip)
			.filter((text) -> !text.isEmpty())
			.collect(Collectors.joining("\n\n"));
		return reasons.isEmpty() ? null : reasons;
	}

	private static String actor(DelegateTask task) {
		String user = Context.getCommandContext().getAuthenticatedUserId();
		return (user != null) ? user : (task.getAssignee() != null) ? task.getAssignee() : RegisterSteps.SYSTEM;
	}

}
