package org.taawun.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.taawun.party.Jurisdiction;

/**
 * The roles of the lifecycle, each a candidate group of the engine. A municipal role is
 * held per authority and a wali's or governor's office per province: the group id carries
 * that scope after the role's prefix ({@code secretariat-gafsa},
 * {@code wali-office-oran}); a ministry role is national.
 */
public enum Role {

	/**
	 * Municipal secretary or cooperation officer: drafts, registers, records, reports.
	 */
	SECRETARIAT("secretariat", Scope.AUTHORITY, null, false),

	/**
	 * President of the APC, mayor or president: signs and decides renewal and
	 * termination.
	 */
	EXECUTIVE("executive", Scope.AUTHORITY, null, false),

	/** Records council sessions and deliberations. */
	COUNCIL_SECRETARIAT("council-secretariat", Scope.AUTHORITY, null, false),

	/** The wali's office: deposit and first review of Algerian files. */
	WALI_OFFICE("wali-office", Scope.PROVINCE, Jurisdiction.DZ, false),

	/**
	 * Algerian Ministry of the Interior (MICLAT): central review and the national
	 * inventory.
	 */
	MINISTRY_INTERIOR("ministry-interior", Scope.NATIONAL, Jurisdiction.DZ, true),

	/** Algerian Ministry of Foreign Affairs: its opinion on Algerian files. */
	FOREIGN_AFFAIRS_DZ("foreign-affairs-dz", Scope.NATIONAL, Jurisdiction.DZ, false),

	/** Algerian Prime Minister's office: prior approval. */
	PRIME_MINISTER_OFFICE("prime-minister-office", Scope.NATIONAL, Jurisdiction.DZ, false),

	/**
	 * Tunisian Ministry of Foreign Affairs, its foreign relations directorate: consulted,
	 * may refuse.
	 */
	FOREIGN_AFFAIRS_TN("foreign-affairs-tn", Scope.NATIONAL, Jurisdiction.TN, false),

	/**
	 * The Tunisian ministry in charge of local affairs: the national inventory,
	 * read-only.
	 */
	LOCAL_AFFAIRS_TN("local-affairs-tn", Scope.NATIONAL, Jurisdiction.TN, true),

	/**
	 * The governor's office of a Moroccan prefecture or province: the governor's visa on
	 * the council's deliberations, held per province ({@code governor-office-sefrou}).
	 */
	GOVERNOR_OFFICE("governor-office", Scope.PROVINCE, Jurisdiction.MA, false),

	/**
	 * The Moroccan Ministry of the Interior, its directorate general of local authorities
	 * (DGCT): approves agreements and funding from abroad, keeps the national inventory.
	 */
	MINISTRY_INTERIOR_MA("ministry-interior-ma", Scope.NATIONAL, Jurisdiction.MA, true),

	/**
	 * The head of a unit (a ministry's directorate, a wali's office, a municipality's
	 * secretariat): told when a task of the unit is overdue. The group id carries the
	 * unit's own group after the prefix ({@code head-of-unit-ministry-interior}).
	 */
	HEAD_OF_UNIT("head-of-unit", Scope.UNIT, null, false),

	/**
	 * Administers the installation: models, users, authorizations. The engine's own admin
	 * group.
	 */
	ADMIN("camunda-admin", Scope.NATIONAL, null, false);

	/** What a role's group is scoped to. */
	public enum Scope {

		AUTHORITY, PROVINCE, NATIONAL,
		/** Held over another role's group, named after it. */
		UNIT

	}

	private final String prefix;

	private final Scope scope;

	private final Jurisdiction jurisdiction;

	private final boolean keepsInventory;

	Role(String prefix, Scope scope, Jurisdiction jurisdiction, boolean keepsInventory) {
		this.prefix = prefix;
		this.scope = scope;
		this.jurisdiction = jurisdiction;
		this.keepsInventory = keepsInventory;
	}

	public Scope scope() {
		return this.scope;
	}

	/**
	 * The jurisdiction a national or provincial role works in; empty for municipal roles
	 * and admin.
	 */
	public Optional<Jurisdiction> jurisdiction() {
		return Optional.ofNullable(this.jurisdiction);
	}

	/**
	 * The group id of this role for an authority or province code; a national role
	 * ignores it.
	 */
	public String group(String scopeCode) {
		return (this.scope == Scope.NATIONAL) ? this.prefix : this.prefix + "-" + scopeCode;
	}

	/**
	 * Whether the role keeps its country's national inventory: it reads every agreement
	 * of its jurisdiction, whatever its state; acting on a file stays with those the law
	 * names.
	 */
	public boolean keepsInventory() {
		return this.keepsInventory;
	}

	/**
	 * The role that supervises a jurisdiction's authorities from their province: the
	 * wali's office in Algeria, the governor's office in Morocco; none in Tunisia.
	 */
	public static Optional<Role> provincialSupervisor(Jurisdiction jurisdiction) {
		return Arrays.stream(values())
			.filter((role) -> role.scope == Scope.PROVINCE && role.jurisdiction == jurisdiction)
			.findFirst();
	}

	/** The ministries' roles, each national and of one jurisdiction. */
	public static List<Role> ministries() {
		return Arrays.stream(values())
			.filter((role) -> role.scope == Scope.NATIONAL && role.jurisdiction != null)
			.toList();
	}

	/** The group id of a national role. */
	public String group() {
		if (this.scope != Scope.NATIONAL) {
			throw new IllegalStateException(this + " is held per " + this.scope.name().toLowerCase());
		}
		return this.prefix;
	}

	/**
	 * Reads a group id back into the role and scope it stands for, if it is one of ours.
	 */
	public static Optional<Membership> parse(String groupId) {
		return Arrays.stream(values())
			.sorted((a, b) -> b.prefix.length() - a.prefix.length())
			.flatMap((role) -> role.match(groupId).stream())
			.findFirst();
	}

	private Optional<Membership> match(String groupId) {
		if (this.scope == Scope.NATIONAL) {
			return groupId.equals(this.prefix) ? Optional.of(new Membership(this, null)) : Optional.empty();
		}
		String start = this.prefix + "-";
		return (groupId.startsWith(start) && groupId.length() > start.length())
				? Optional.of(new Membership(this, groupId.substring(start.length()))) : Optional.empty();
	}

	/**
	 * The groups whose members are told when a task of the given group is overdue: the
	 * head of that unit, and for a municipality's staff its executive, who answers for
	 * them.
	 */
	public static List<String> above(String groupId) {
		List<String> above = new ArrayList<>(List.of(HEAD_OF_UNIT.group(groupId)));
		parse(groupId).filter((m) -> m.role() == SECRETARIAT || m.role() == COUNCIL_SECRETARIAT)
			.ifPresent((m) -> above.add(EXECUTIVE.group(m.scopeCode())));
		return List.copyOf(above);
	}

	/**
	 * A role held by an account, with the authority or province it is held for (null when
	 * national).
	 */
	public record Membership(Role role, String scopeCode) {
	}

}
