package org.taawun.workflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What every signed-in user may use of the engine's webapps, granted once: the Tasklist
 * and its two lists. Which tasks the lists show is the engine's business: a task's
 * candidate groups get the right to work on it when it is created. Nothing else is
 * granted: process instances, variables, history, deployments and authorizations stay the
 * administrators', and a user reads their own profile without changing it.
 */
@Component
class EngineGrants implements SmartInitializingSingleton {

	private static final String TASKLIST = "tasklist";

	private static final String WELCOME = "welcome";

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TasklistFilters tasklistFilters;

	EngineGrants(AuthorizationService authorizations, FilterService filters, TasklistFilters tasklistFilters) {
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasklistFilters = tasklistFilters;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.tasklistFilters.ensure();
		grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
		grantEveryone(Resources.APPLICATION, WELCOME, Permissions.ACCESS);
		for (Filter filter : this.filters.createFilterQuery().list()) {
			grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
		}
		readOnlyOwnProfiles();
	}

	/**
	 * Users created before {@link OwnProfileGrant} may still change their own profile:
	 * they keep reading it.
	 */
	private void readOnlyOwnProfiles() {
		for (Authorization own : this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(Resources.USER)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
				own.setPermissions(new Permission[] { Permissions.READ });
				this.authorizations.saveAuthorization(own);
			}
		}
	}

	private void grantEveryone(Resource resource, String resourceId, Permission permission) {
		boolean granted = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.hasPermission(permission)
			.count() > 0;
		if (!granted) {
			Authorization global = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			global.setUserId(Authorization.ANY);
			global.setResource(resource);
			global.setResourceId(resourceId);
			global.addPermission(permission);
			this.authorizations.saveAuthorization(global);
		}
	}

}
