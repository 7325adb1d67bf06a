package org.taawun.workflow.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A new user may read their own profile in the engine, not change it: the engine would
 * let them change their name and email through its REST API without their password. They
 * change their password through our API, giving the current one
 * ({@code /api/me/password}).
 */
public final class OwnProfileGrant extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newUser(User user) {
		AuthorizationEntity[] grants = super.newUser(user);
		for (AuthorizationEntity grant : grants) {
			grant.setPermissions(new Permissions[] { Permissions.READ });
		}
		return grants;
	}

}
