package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import org.taawun.agreement.CouncilVote;

/**
 * Counts the council's votes of the deliberation form into {@code councilApproved}, and
 * records the session day in the register.
 */
@Component("countVotes")
class CountVotesDelegate implements JavaDelegate {

	static final String COUNCIL_APPROVED = "councilApproved";

	private final RegisterSteps register;

	CountVotesDelegate(RegisterSteps register) {
		this.register = register;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CouncilVote vote = new CouncilVote(number(execution, "membersPresent"), number(execution, "votesFor"),
				number(execution, "votesAgainst"), number(execution, "abstentions"),
				CouncilVote.PresidentVote.valueOf((String) execution.getVariable("presidentVote")));
		execution.setVariable(COUNCIL_APPROVED, vote.approves());
		this.register.deliberated(execution);
	}

	private static int number(DelegateExecution execution, String variable) {
		return ((Number) execution.getVariable(variable)).intValue();
	}

}
