package org.taawun.portfolio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a portfolio's files into tables: one XLSX workbook with its sheets, or CSV files
 * in UTF-8, separated by commas or semicolons, each named after its sheet. What cannot be
 * read is a problem of the file; nothing is guessed.
 */
final class Spreadsheets {

	/** The most lines a sheet may have, its header included. */
	static final int MAX_LINES = 60_001;

	private Spreadsheets() {
	}

	/** The tables the files hold, by sheet; empty when a file could not be read. */
	static Map<SheetKind, Table> read(List<Upload> files, Problems problems) {
		Map<SheetKind, Table> tables = new EnumMap<>(SheetKind.class);
		for (Upload file : files) {
			byte[] content = file.content();
			// the signatures of a workbook are eight bytes long
			boolean signed = content.length >= 8;
			if (signed && ReadableWorkbook.isOOXMLZipHeader(content)) {
				workbook(file, problems).forEach((table) -> add(tables, table, file, problems));
			}
			else if (signed && ReadableWorkbook.isOLE2Header(content)) {
				problems.ofFile("import.old-excel", file.filename());
			}
			else {
				csv(file, problems).ifPresent((table) -> add(tables, table, file, problems));
			}
		}
		if (tables.isEmpty() && problems.isEmpty()) {
			problems.ofFile("import.no-sheet");
		}
		return tables;
	}

	private static void add(Map<SheetKind, Table> tables, Table table, Upload file, Problems problems) {
		if (tables.putIfAbsent(table.sheet(), table) != null) {
			problems.ofFile("import.sheet-twice", table.sheet().sheetName(), file.filename());
		}
	}

	private static List<Table> workbook(Upload file, Problems problems) {
		List<Table> tables = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()),
				new ReadingOptions(true, false))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				Optional<SheetKind> kind = SheetKind.named(sheet.getName());
				if (kind.isEmpty()) {
					problems.ofFile("import.unknown-sheet", sheet.getName());
					continue;
				}
				List<Table.Line> lines = new ArrayList<>();
				try (var rows = sheet.openStream()) {
					Iterator<Row> iterator = rows.iterator();
					while (iterator.hasNext()) {
						Row row = iterator.next();
						if (row.getRowNum() > MAX_LINES) {
							problems.ofFile("import.too-many-lines", sheet.getName(), MAX_LINES - 1);
							return List.of();
						}
						lines.add(new Table.Line(row.getRowNum(), row.stream().map(Spreadsheets::cell).toList()));
					}
				}
				table(kind.get(), lines).ifPresent(tables::add);
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.ofFile("import.not-a-spreadsheet", file.filename());
			return List.of();
		}
		return tables;
	}

	private static Table.CellValue cell(Cell cell) {
		if (cell == null) {
			return Table.CellValue.EMPTY;
		}
		CellType type = cell.getType();
		if (type == CellType.FORMULA || type == CellType.ERROR) {
			return new Table.CellValue(cell.getRawValue(), null, true);
		}
		if (type == CellType.NUMBER) {
			if (isDateFormat(cell.getDataFormatString())) {
				return new Table.CellValue("", cell.asDate().toLocalDate(), false);
			}
			return Table.CellValue.text(((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString());
		}
		return Table.CellValue.text(cell.getText());
	}

	/** Whether a number format shows a date (days, months, years), as spreadsheets do. */
	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
		return unquoted.contains("d") || unquoted.contains("y") || unquoted.contains("m");
	}

	private static Optional<Table> csv(Upload file, Problems problems) {
		String name = file.filename().replaceFirst("(?i)\\.(csv|txt)$", "");
		Optional<SheetKind> kind = SheetKind.named(name);
		if (kind.isEmpty()) {
			problems.ofFile("import.unknown-file", file.filename());
			return Optional.empty();
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.content()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.ofFile("import.not-utf8", file.filename());
			return Optional.empty();
		}
		if (text.indexOf('\0') >= 0) {
			problems.ofFile("import.not-a-spreadsheet", file.filename());
			return Optional.empty();
		}
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		List<Table.Line> lines = new ArrayList<>();
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() > MAX_LINES) {
					problems.ofFile("import.too-many-lines", file.filename(), MAX_LINES - 1);
					return Optional.empty();
				}
				List<Table.CellValue> cells = new ArrayList<>();
				record.forEach((value) -> cells.add(csvCell(value)));
				lines.add(new Table.Line((int) record.getRecordNumber(), cells));
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.ofFile("import.csv-broken", file.filename(), ex.getMessage());
			return Optional.empty();
		}
		return table(kind.get(), lines);
	}

	/**
	 * A CSV file has no formulas, but a spreadsheet opening it would compute this one.
	 */
	private static Table.CellValue csvCell(String value) {
		String text = value.strip();
		return text.startsWith("=") ? new Table.CellValue(text, null, true) : Table.CellValue.text(text);
	}

	private static Optional<Table> table(SheetKind sheet, List<Table.Line> lines) {
		List<Table.Line> filled = lines.stream()
			.filter((line) -> line.cells().stream().anyMatch((cell) -> !cell.isBlank()))
			.toList();
		if (filled.isEmpty()) {
			return Optional.empty();
		}
		List<String> header = filled.get(0).cells().stream().map(Table.CellValue::text).toList();
		return Optional.of(new Table(sheet, filled.get(0).number(), header, filled.subList(1, filled.size())));
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

}
