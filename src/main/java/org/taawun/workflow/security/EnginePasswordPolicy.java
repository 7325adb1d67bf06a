package org.taawun.workflow.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

import org.taawun.identity.PasswordRules;

/**
 * The engine holds every new password to the {@link PasswordRules}, whoever sets it and
 * through whichever door: our API, the engine REST API, the Admin webapp.
 */
public final class EnginePasswordPolicy implements PasswordPolicy {

	@Override
	public List<PasswordPolicyRule> getRules() {
		return List.of(new PasswordPolicyRule() {
			@Override
			public String getPlaceholder() {
				return "PASSWORD_POLICY_LENGTH";
			}

			@Override
			public Map<String, String> getParameters() {
				return Map.of("minLength", String.valueOf(PasswordRules.MIN_LENGTH));
			}

			@Override
			public boolean execute(String candidatePassword) {
				return PasswordRules.problems(null, candidatePassword).isEmpty();
			}

			@Override
			public boolean execute(String candidatePassword, User user) {
				return PasswordRules.problems((user != null) ? user.getId() : null, candidatePassword).isEmpty();
			}
		});
	}

}
