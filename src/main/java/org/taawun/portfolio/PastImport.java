package org.taawun.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * An import as the log keeps it.
 *
 * @param fingerprint the SHA-256 of its files
 * @param sheets what it did to the agreements, the activities and the memberships, in
 * that order
 */
public record PastImport(long id, String importedBy, Instant at, String fingerprint, List<String> authorities,
		List<Counts> sheets) {

	/** How many lines of a sheet created, updated, or left as it was. */
	public record Counts(int created, int updated, int unchanged) {
	}

}
