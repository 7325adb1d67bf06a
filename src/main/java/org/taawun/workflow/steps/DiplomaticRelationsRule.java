package org.taawun.workflow.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.LegalBasis;
import org.taawun.form.FormRule;
import org.taawun.identity.Account;
import org.taawun.law.DiplomaticRelations;
import org.taawun.party.PartnerKind;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * Article 40 at eligibility: a Tunisian file with a foreign local authority is eligible
 * only if Tunisia has diplomatic relations with its State on the day it is checked
 * ({@link DiplomaticRelations}); an organisation partner is not bound by it, nor is a
 * file of the procedure before 2018.
 */
@Component
class DiplomaticRelationsRule implements FormRule {

	/** The answer that says the file is eligible. */
	private static final String ELIGIBLE = "ELIGIBLE";

	private static final String DECISION = "eligibilityDecision";

	private final DiplomaticRelations relations;

	private final Agreements agreements;

	private final DeadlineCalendar calendar;

	// the engine's rules need this rule, and the register's services need the engine
	DiplomaticRelationsRule(DiplomaticRelations relations, @Lazy Agreements agreements, DeadlineCalendar calendar) {
		this.relations = relations;
		this.agreements = agreements;
		this.calendar = calendar;
	}

	@Override
	public Set<String> forms() {
		return Set.of("check-eligibility");
	}

	@Override
	public List<Violation> check(Map<String, Object> values, Map<String, Object> variables) {
		Object decision = FormRule.valueOf(DECISION, values, variables);
		if (!ELIGIBLE.equals(decision) || !LegalBasis.TN_CODE_ART_40.name().equals(variables.get(Vars.LEGAL_BASIS))
				|| !(variables.get(Vars.AGREEMENT_ID) instanceof Number id)) {
			return List.of();
		}
		Agreement agreement = this.agreements.visible(id.longValue(), Account.system()).orElseThrow();
		String country = agreement.partner().country();
		boolean bound = agreement.partner().kind() == PartnerKind.LOCAL_AUTHORITY;
		return (bound && !this.relations.tunisiaHasRelationsWith(country, LocalDate.parse(this.calendar.today())))
				? List.of(new Violation(DECISION, "form.no-diplomatic-relations", country)) : List.of();
	}

}
