package org.taawun.workflow.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentReferenceHashMap;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * The variables that say whose file an agreement's processes are about, as the register
 * says: every process of the agreement starts with these values.
 */
@Component
public class FileVariables {

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	/**
	 * Softly held: the memory is given back under pressure, and read again when needed.
	 */
	private final Map<String, Map<String, Object>> byReference = new ConcurrentReferenceHashMap<>();

	// the register starts lifecycles through this class: it is reached when first needed
	FileVariables(@Lazy Agreements agreements, LocalAuthorities authorities) {
		this.agreements = agreements;
		this.authorities = authorities;
	}

	public Map<String, Object> of(Agreement agreement) {
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

	/**
	 * The variables of the agreement whose reference is the business key, if any. They
	 * never change once the agreement exists: read once, they are kept.
	 */
	Optional<Map<String, Object>> ofReference(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		Map<String, Object> known = this.byReference.get(reference);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Map<String, Object>> read = this.agreements.byReference(reference).map(this::of);
		read.ifPresent((variables) -> this.byReference.put(reference, variables));
		return read;
	}

	/**
	 * Forgets what was read of that reference: a draft whose transaction rolled back left
	 * its number to the next one.
	 */
	void forget(String reference) {
		if (reference != null) {
			this.byReference.remove(reference);
		}
	}

}
