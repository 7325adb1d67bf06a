package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementSteps;
import org.taawun.identity.Role;

/**
 * A task offered to a ministry refers the agreement's file to it, in the transaction that
 * creates the task: from then on that ministry sees the file.
 */
@Component
class Referrals {

	private final AgreementSteps steps;

	Referrals(AgreementSteps steps) {
		this.steps = steps;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	public void onCreate(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		for (IdentityLink candidate : task.getCandidates()) {
			if (candidate.getGroupId() != null && Role.parse(candidate.getGroupId())
				.filter((membership) -> membership.role().scope() == Role.Scope.NATIONAL)
				.isPresent()) {
				this.steps.referredTo(reference, candidate.getGroupId());
			}
		}
	}

}
