package org.taawun.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * The variables that say whose file an agreement's processes are about, as the register
 * says: every process of the agreement starts with these values.
 */
@Component
class FileVariables {

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	// the register starts lifecycles through this class: it is reached when first needed
	FileVariables(@Lazy Agreements agreements, LocalAuthorities authorities) {
		this.agreements = agreements;
		this.authorities = authorities;
	}

	Map<String, Object> of(Agreement agreement) {
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Vars.AGREEMENT_ID, agreement.id());
		variables.put(Vars.AUTHORITY, authority.code());
		variables.put(Vars.AUTHORITY_KIND, authority.kind().name());
		variables.put(Vars.PROVINCE, authority.province().code());
		variables.put(Vars.JURISDICTION, agreement.jurisdiction().name());
		variables.put(Vars.LEGAL_BASIS, agreement.legalBasis().name());
		return variables;
	}

	/** The variables of the agreement whose reference is the business key, if any. */
	Optional<Map<String, Object>> ofReference(String reference) {
		return (reference == null) ? Optional.empty() : this.agreements.byReference(reference).map(this::of);
	}

}
