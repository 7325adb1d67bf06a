package org.taawun.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one store of users, groups and passwords, shared by the engine's webapps, its REST
 * API and our own API.
 */
public interface Directory {

	/** Whether the user exists and the password is theirs. */
	boolean checkPassword(String userId, String password);

	/**
	 * Until when the user's sign-in waits after refused passwords; empty when it does not
	 * wait.
	 */
	Optional<Instant> waitsUntil(String userId);

	/** The ids of the groups the user belongs to. */
	Set<String> groupsOf(String userId);

	boolean hasUser(String userId);

	/** The user's name and address, as the directory keeps them. */
	Optional<Person> person(String userId);

	/** The ids of a group's members; none for a group that does not exist. */
	List<String> membersOf(String groupId);

	/** Sets the address a user's mail goes to; blank removes it. */
	void changeEmail(String userId, String email);

	/**
	 * Creates a login of the demo installation, whose password ({@code demo}) is below
	 * the {@link PasswordRules} on purpose: the directory stores it hashed all the same.
	 */
	void createDemoUser(String userId, String firstName, String lastName, String email, String password);

	/**
	 * Sets a user's new password, which the directory holds to the {@link PasswordRules}.
	 */
	void changePassword(String userId, String password);

	/** A user as the directory keeps them; {@code email} is null when none is known. */
	record Person(String userId, String firstName, String lastName, String email) {

		public String displayName() {
			return Stream.of(this.firstName, this.lastName)
				.filter((part) -> part != null && !part.isBlank())
				.collect(Collectors.joining(" "));
		}

	}

	/** Creates the administrators' group, with every permission, unless it exists. */
	void ensureAdministrators();

	/** Creates a group unless it exists. */
	void ensureGroup(String groupId, String name);

	/** Adds the user to the group unless already a member. */
	void ensureMembership(String userId, String groupId);

}
