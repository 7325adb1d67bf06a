package org.taawun.identity;

import java.util.HashSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.taawun.party.Jurisdiction;

/**
 * A signed-in user and the roles their groups give them.
 */
public record Account(String userId, Set<Role.Membership> memberships) {

	public Account {
		memberships = Set.copyOf(memberships);
	}

	/**
	 * The application itself, acting on steps no person takes (issuing a document): it
	 * sees all.
	 */
	public static Account system() {
		return new Account("system", Set.of(new Role.Membership(Role.ADMIN, null)));
	}

	/** Builds an account from the group ids the directory lists for the user. */

	public static Account of(String userId, Set<String> groupIds) {
		return new Account(userId,
				groupIds.stream()
					.flatMap((group) -> Role.parse(group).stream())
					.collect(Collectors.toUnmodifiableSet()));
	}

	/** The ids of the account's groups, as the engine names them. */
	public Set<String> groups() {
		return this.memberships.stream()
			.map((m) -> (m.role().scope() == Role.Scope.NATIONAL) ? m.role().group() : m.role().group(m.scopeCode()))
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean isAdmin() {

		return has(Role.ADMIN, null);
	}

	/** Whether the account holds the role for the given authority or province code. */
	public boolean has(Role role, String scopeCode) {
		return this.memberships
			.contains(new Role.Membership(role, (role.scope() == Role.Scope.NATIONAL) ? null : scopeCode));
	}

	/** The authorities for which the account holds a municipal role. */
	public Set<String> authorities() {
		return this.memberships.stream()
			.filter((m) -> m.role().scope() == Role.Scope.AUTHORITY)
			.map(Role.Membership::scopeCode)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The provinces (wilayas) whose office the account works in. */
	public Set<String> provinces() {
		return this.memberships.stream()
			.filter((m) -> m.role().scope() == Role.Scope.PROVINCE)
			.map(Role.Membership::scopeCode)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The groups whose overdue tasks the account answers for without acting on them: a
	 * head's unit, an executive's municipal staff.
	 */
	public Set<String> overseen() {
		Set<String> overseen = new HashSet<>();
		for (Role.Membership m : this.memberships) {
			if (m.role() == Role.HEAD_OF_UNIT) {
				overseen.add(m.scopeCode());
			}
			else if (m.role() == Role.EXECUTIVE) {
				overseen.add(Role.SECRETARIAT.group(m.scopeCode()));
				overseen.add(Role.COUNCIL_SECRETARIAT.group(m.scopeCode()));
			}
		}
		return Set.copyOf(overseen);
	}

	/**
	 * The countries whose national inventory the account keeps: it reads all their files.
	 */
	public Set<Jurisdiction> inventories() {
		return this.memberships.stream()
			.filter((m) -> m.role().keepsInventory())
			.flatMap((m) -> m.role().jurisdiction().stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The countries whose national inventory the account reads and prints: those it
	 * keeps, and every country for an administrator.
	 */
	public Set<Jurisdiction> inventoryCountries() {
		return isAdmin() ? EnumSet.allOf(Jurisdiction.class) : inventories();
	}

	/** The ministry groups the account reviews files in: files are referred to them. */
	public Set<String> reviewerGroups() {
		return this.memberships.stream()
			.filter((m) -> m.role().scope() == Role.Scope.NATIONAL)
			.map((m) -> m.role().group())
			.collect(Collectors.toUnmodifiableSet());
	}

}
