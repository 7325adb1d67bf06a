package org.taawun.workflow.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Runs our engine calls in a user's name, so that history and the operation log say who
 * acted. Our services decide who may do what before they call the engine; the engine's
 * own authorizations guard its REST API and webapps, so they are not checked again here
 * (a secretary who drafts an agreement starts its lifecycle without a grant to start
 * processes through the engine REST API). Whatever authentication the thread had is
 * restored afterwards.
 */
@Component
public class Authenticated {

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	Authenticated(IdentityService identity, ProcessEngineConfigurationImpl engine) {
		this.identity = identity;
		this.engine = engine;
	}

	public <T> T as(String userId, Supplier<T> work) {
		Authentication previous = this.identity.getCurrentAuthentication();
		this.identity.setAuthenticatedUserId(userId);
		try {
			return this.engine.getCommandExecutorTxRequired().execute((commandContext) -> {
				commandContext.disableAuthorizationCheck();
				try {
					return work.get();
				}
				finally {
					commandContext.enableAuthorizationCheck();
				}
			});
		}
		finally {
			if (previous != null) {
				this.identity.setAuthentication(previous);
			}
			else {
				this.identity.clearAuthentication();
			}
		}
	}

}
