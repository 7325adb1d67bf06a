package org.taawun.portfolio;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.LocalAuthority;

/**
 * Who imports, on which day, and for which authorities they may: an authority's
 * secretariat for its own, the ministry that keeps a country's national inventory for
 * that country's authorities, an administrator for all.
 */
final class Importer {

	private final Account account;

	private final LocalDate today;

	private final Function<String, Optional<LocalAuthority>> authorities;

	private final Map<String, Optional<LocalAuthority>> known = new HashMap<>();

	/**
	 * @param authorities the authority with a code, if there is one (read once per code)
	 */
	Importer(Account account, LocalDate today, Function<String, Optional<LocalAuthority>> authorities) {
		this.account = account;
		this.today = today;
		this.authorities = authorities;
	}

	Account account() {
		return this.account;
	}

	LocalDate today() {
		return this.today;
	}

	/** The authority with that code, read once per import. */
	Optional<LocalAuthority> authority(String code) {
		return this.known.computeIfAbsent(code, this.authorities);
	}

	/** Whether this importer may bring in files of the authority. */
	boolean mayImportFor(LocalAuthority authority) {
		return this.account.isAdmin() || this.account.has(Role.SECRETARIAT, authority.code())
				|| this.account.inventories().contains(authority.jurisdiction());
	}

	/** Whether the account may import at all, for some authority. */
	static boolean mayImport(Account account) {
		return account.isAdmin() || !account.inventories().isEmpty()
				|| account.memberships().stream().anyMatch((m) -> m.role() == Role.SECRETARIAT);
	}

	/**
	 * The authority a line names, checked: known, and the importer's to import for; null
	 * with a problem noted otherwise.
	 */
	LocalAuthority authorityOf(Cells cells, String column, String code) {
		if (code == null) {
			return null;
		}
		Optional<LocalAuthority> authority = authority(code);
		if (authority.isEmpty()) {
			cells.problem(column, "import.unknown-authority", code);
			return null;
		}
		if (!mayImportFor(authority.get())) {
			cells.problem(column, "import.not-yours", authority.get().name().fr(), authority.get().name().ar());
			return null;
		}
		return authority.get();
	}

}
