package org.taawun.workflow.notices;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreements;
import org.taawun.agreement.Agreement;

/**
 * Names every task as people tell tasks apart in Camunda's Tasklist and the engine's REST
 * API, where the portal's pages are not there to do it: its step in French and Arabic
 * with the agreement's reference ("Vérifier l’éligibilité · التحقق من الأهلية —
 * GAFSA-2026-002"), and the agreement's titles as its description. The models keep their
 * own names, which the portal translates by the task's id.
 */
@Component
class TaskLabels implements TaskListener {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final MessageSource messages;

	private final Agreements agreements;

	// the engine calls the listener, and the register reaches the engine
	TaskLabels(MessageSource messages, @Lazy Agreements agreements) {
		this.messages = messages;
		this.agreements = agreements;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String step = "taskname." + task.getTaskDefinitionKey();
		String french = this.messages.getMessage(step, null, task.getName(), Locale.FRENCH);
		String arabic = this.messages.getMessage(step, null, task.getName(), ARABIC);
		String name = french.equals(arabic) ? french : french + " · " + arabic;
		task.setName((reference != null) ? name + " — " + reference : name);
		if (reference != null) {
			this.agreements.byReference(reference)
				.map((agreement) -> describe(agreement.titles()))
				.ifPresent(task::setDescription);
		}
	}

	private static String describe(Agreement.Titles titles) {
		return titles.fr() + "\n" + titles.ar();
	}

}
