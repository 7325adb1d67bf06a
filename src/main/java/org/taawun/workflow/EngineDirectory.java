package org.taawun.workflow;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import org.taawun.identity.Directory;

/**
 * The directory is the engine's identity service: the webapps, the engine REST API and
 * our API all check the same users, groups and hashed passwords.
 */
@Component
class EngineDirectory implements Directory {

	private final IdentityService identity;

	EngineDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return this.identity.checkPassword(userId, password);
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
	public void createUser(String userId, String firstName, String lastName, String email, String password) {
		User user = this.identity.newUser(userId);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(email);
		user.setPassword(password);
		this.identity.saveUser(user);
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
