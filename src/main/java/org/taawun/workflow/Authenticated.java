package org.taawun.workflow;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls in a user's name, so that history and the operation log say who
 * acted, then restores whatever authentication the thread had.
 */
final class Authenticated {

	private Authenticated() {
	}

	static <T> T as(IdentityService identity, String userId, Supplier<T> work) {
		Authentication previous = identity.getCurrentAuthentication();
		identity.setAuthenticatedUserId(userId);
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				identity.setAuthentication(previous);
			}
			else {
				identity.clearAuthentication();
			}
		}
	}

}
