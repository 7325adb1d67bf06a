package org.taawun.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * A sheet as read: its header (its first line that is not empty) and its lines, each
 * numbered as the spreadsheet numbers it, empty lines left out.
 */
record Table(SheetKind sheet, int headerLine, List<String> header, List<Line> lines) {

	record Line(int number, List<CellValue> cells) {

		CellValue cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : CellValue.EMPTY;
		}

	}

	/**
	 * What a cell holds: text, a date the spreadsheet typed as a date, or a formula,
	 * which an import refuses (its value is whatever the spreadsheet last computed).
	 */
	record CellValue(String text, LocalDate date, boolean formula) {

		static final CellValue EMPTY = new CellValue("", null, false);

		static CellValue text(String text) {
			return new CellValue((text != null) ? text.strip() : "", null, false);
		}

		boolean isBlank() {
			return this.text.isEmpty() && this.date == null && !this.formula;
		}

	}

}
