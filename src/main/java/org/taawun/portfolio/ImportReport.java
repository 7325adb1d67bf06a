package org.taawun.portfolio;

import java.util.List;

/**
 * What an import did, or would do: per sheet, what each line creates, updates or leaves
 * as it was.
 *
 * @param importId the import's number in the log; null for a dry run
 * @param fingerprint the SHA-256 of the files, in the order given
 */
public record ImportReport(Long importId, boolean dryRun, String fingerprint, List<Sheet> sheets) {

	/** The line count of every sheet. */
	public int lines() {
		return this.sheets.stream().mapToInt((sheet) -> sheet.lines().size()).sum();
	}

	/** What a sheet's lines do. */
	public record Sheet(String sheet, int created, int updated, int unchanged, List<Line> lines) {
	}

	/**
	 * What one line does.
	 *
	 * @param subject what the line is (an agreement's key, an activity's title, a
	 * network)
	 * @param reference the register's reference of the agreement the line is or belongs
	 * to, once known
	 */
	public record Line(int line, String subject, Outcome outcome, String reference) {
	}

	/** What a line does to what it describes. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
