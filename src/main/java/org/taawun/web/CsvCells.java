package org.taawun.web;

/**
 * A cell of a CSV file we serve (RFC 4180): quoted when it holds a separator, a quote or
 * a line break; prefixed with an apostrophe when a spreadsheet would run it as a formula.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String quoted(String cell) {
		String safe = (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
