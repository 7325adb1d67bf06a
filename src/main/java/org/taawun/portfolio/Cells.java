package org.taawun.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the cells of one line of a sheet into values, noting what is wrong with each in
 * the import's problems: a value is then empty, and the line is not imported.
 */
final class Cells {

	/** Dates as French and Arabic administrations write them, and ISO. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"));

	private final Table table;

	private final Table.Line line;

	private final Map<String, Integer> positions;

	private final Problems problems;

	private boolean wrong;

	Cells(Table table, Table.Line line, Map<String, Integer> positions, Problems problems) {
		this.table = table;
		this.line = line;
		this.positions = positions;
		this.problems = problems;
	}

	int lineNumber() {
		return this.line.number();
	}

	/** Whether a problem was found on this line. */
	boolean isWrong() {
		return this.wrong;
	}

	/** Notes a problem of this line, in a column (or of the whole line: empty column). */
	void problem(String column, String key, Object... arguments) {
		this.wrong = true;
		this.problems.add(this.table.sheet(), this.line.number(), column, key, arguments);
	}

	/** The column's text; null when blank, or when it is too long (a problem). */
	String text(String column, int maxLength) {
		Table.CellValue cell = cell(column);
		if (cell.formula()) {
			problem(column, "import.formula");
			return null;
		}
		String text = (cell.date() != null) ? cell.date().toString() : cell.text();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			problem(column, "import.too-long", maxLength);
			return null;
		}
		return text;
	}

	/** The column's text, which must be there. */
	String required(String column, int maxLength) {
		boolean blank = cell(column).isBlank();
		String text = text(column, maxLength);
		if (blank) {
			problem(column, "import.required");
		}
		return text;
	}

	/** One of the codes of the enum, in any case; null when blank. */
	<E extends Enum<E>> E code(String column, Class<E> codes) {
		String text = text(column, 60);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(codes, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problem(column, "import.unknown-code", text,
					String.join(", ", Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	/** One of the codes of the enum, which must be there. */
	<E extends Enum<E>> E requiredCode(String column, Class<E> codes) {
		if (cell(column).isBlank()) {
			problem(column, "import.required");
			return null;
		}
		return code(column, codes);
	}

	/**
	 * A date the spreadsheet typed as one, or written ISO or day first; null when blank.
	 */
	LocalDate date(String column) {
		Table.CellValue cell = cell(column);
		if (cell.date() != null) {
			return cell.date();
		}
		String text = text(column, 40);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next way of writing it
			}
		}
		problem(column, "import.date", text);
		return null;
	}

	/** A whole number at least 1; null when blank. */
	Integer positive(String column) {
		String text = text(column, 12);
		if (text == null) {
			return null;
		}
		try {
			int number = new java.math.BigDecimal(text).intValueExact();
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// said below
		}
		problem(column, "import.positive", text);
		return null;
	}

	/** Whether the sheet has the column at all. */
	boolean has(String column) {
		return this.positions.containsKey(column);
	}

	private Table.CellValue cell(String column) {
		return Optional.ofNullable(this.positions.get(column)).map(this.line::cell).orElse(Table.CellValue.EMPTY);
	}

}
