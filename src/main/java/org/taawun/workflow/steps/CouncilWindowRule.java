package org.taawun.workflow.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.taawun.agreement.LegalBasis;
import org.taawun.form.FormRule;
import org.taawun.law.Council;
import org.taawun.workflow.model.AgreementLifecycle.Vars;
import org.taawun.workflow.model.ApprovalTn;

/**
 * Article 40: a Tunisian council may not vote on a convention before two calendar months
 * (a setting) have passed since its final text was notified to the Ministry of Foreign
 * Affairs.
 */
@Component
class CouncilWindowRule implements FormRule {

	private final Council council;

	CouncilWindowRule(Council council) {
		this.council = council;
	}

	@Override
	public Set<String> forms() {
		return Set.of("record-deliberation");
	}

	@Override
	public List<Violation> check(Map<String, Object> values, Map<String, Object> variables) {
		Object referral = variables.get(ApprovalTn.Vars.REFERRAL_DATE);
		if (!LegalBasis.TN_CODE_ART_40.name().equals(variables.get(Vars.LEGAL_BASIS)) || referral == null) {
			return List.of();
		}
		Object session = FormRule.valueOf("sessionDate", values, variables);
		return this.council.tooEarly(LocalDate.parse((String) referral), LocalDate.parse((String) session))
			.map((mayVoteFrom) -> List.of(new Violation("sessionDate", "form.council-window", mayVoteFrom)))
			.orElse(List.of());
	}

}
