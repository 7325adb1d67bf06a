package org.taawun.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a portfolio, each where it is: sheet, line and column, said by a
 * message key and its arguments until it is put in the user's language.
 */
final class Problems {

	private final List<Problem> found = new ArrayList<>();

	void add(SheetKind sheet, int line, String column, String key, Object... arguments) {
		this.found.add(new Problem((sheet != null) ? sheet.sheetName() : "", line, column, key, arguments));
	}

	/** A problem of the file as a whole: not a spreadsheet, too large, no sheet known. */
	void ofFile(String key, Object... arguments) {
		add(null, 0, "", key, arguments);
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	List<Problem> all() {
		return List.copyOf(this.found);
	}

	/**
	 * @param line the line as the spreadsheet numbers it; 0 for the file as a whole
	 * @param column the column as the format names it; empty for a whole line or file
	 */
	record Problem(String sheet, int line, String column, String key, Object[] arguments) {
	}

}
