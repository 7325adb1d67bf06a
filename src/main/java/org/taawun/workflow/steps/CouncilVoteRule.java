package org.taawun.workflow.steps;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.taawun.form.FormRule;
import org.taawun.law.Council;

/**
 * The votes of a deliberation cannot outnumber the members present or represented
 * ({@link Council}), read from the deliberation's form.
 */
@Component
class CouncilVoteRule implements FormRule {

	@Override
	public Set<String> forms() {
		return Set.of("record-deliberation");
	}

	@Override
	public List<Violation> check(Map<String, Object> values, Map<String, Object> variables) {
		return Council.votesExceedMembers(count(values, variables, "membersPresent"),
				count(values, variables, "votesFor"), count(values, variables, "votesAgainst"),
				count(values, variables, "abstentions"))
						? List.of(new Violation("votesFor", "form.votes-exceed-members")) : List.of();
	}

	private static int count(Map<String, Object> values, Map<String, Object> variables, String key) {
		Object value = FormRule.valueOf(key, values, variables);
		return ((Number) value).intValue();
	}

}
