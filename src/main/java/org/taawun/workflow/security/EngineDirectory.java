package org.taawun.workflow.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import org.springframework.stereotype.Component;

import org.taawun.identity.Directory;

/**
 * The directory is the engine's identity service: the webapps, the engine REST API and
 * our API all check the same users, groups and hashed passwords.
 */
@Component
class EngineDirectory implements Directory {

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	EngineDirectory(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return this.identity.checkPassword(userId, password);
	}

	@Override
	public Optional<Instant> waitsUntil(String userId) {
		// the engine delays a user's next attempt after each refused password
		return Optional.ofNullable(this.identity.createUserQuery().userId(userId).singleResult())
			.map((user) -> ((UserEntity) user).getLockExpirationTime())
			.map(Date::toInstant);
	}

	@Override
	public Set<String> groupsOf(String userId) {
		return this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public boolean hasUser(String userId) {
		return this.identity.createUserQuery().userId(userId).count() > 0;
	}

	@Override
	public Optional<Person> person(String userId) {
		return Optional.ofNullable(this.identity.createUserQuery().userId(userId).singleResult())
			.map((user) -> new Person(user.getId(), user.getFirstName(), user.getLastName(),
					(user.getEmail() == null || user.getEmail().isBlank()) ? null : user.getEmail()));
	}

	@Override
	public List<String> membersOf(String groupId) {
		return this.identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
	}

	@Override
	public void changeEmail(String userId, String email) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		user.setEmail((email == null || email.isBlank()) ? null : email.strip());
		this.identity.saveUser(user);
	}

	@Override
	public void createDemoUser(String userId, String firstName, String lastName, String email, String password) {
		User user = this.identity.newUser(userId);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(email);
		user.setPassword(password);
		((IdentityServiceImpl) this.identity).saveUser(user, true);
	}

	@Override
	public void changePassword(String userId, String password) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		user.setPassword(password);
		this.identity.saveUser(user);
	}

	@Override
	public void ensureAdministrators() {
		if (this.identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0) {
			return;
		}
		Group administrators = this.identity.newGroup(Groups.CAMUNDA_ADMIN);
		administrators.setName("Administrators");
		administrators.setType(Groups.GROUP_TYPE_SYSTEM);
		this.identity.saveGroup(administrators);
		for (Resource resource : Resources.values()) {
			Authorization all = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			all.setGroupId(Groups.CAMUNDA_ADMIN);
			all.setResource(resource);
			all.setResourceId(Authorization.ANY);
			all.addPermission(Permissions.ALL);
			this.authorizations.saveAuthorization(all);
		}
	}

	@Override
	public void ensureGroup(String groupId, String name) {
		if (this.identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = this.identity.newGroup(groupId);
			group.setName(name);
			group.setType("WORKFLOW");
			this.identity.saveGroup(group);
		}
	}

	@Override
	public void ensureMembership(String userId, String groupId) {
		if (this.identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			this.identity.createMembership(userId, groupId);
		}
	}

}
