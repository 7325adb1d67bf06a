package org.taawun.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.ClassPathResource;

/**
 * The example portfolio: three CSV files that show the format (and seed the demo), and
 * the same as one XLSX workbook, to download as a template.
 */
public final class PortfolioExample {

	private static final String FOLDER = "portfolio/example/";

	private PortfolioExample() {
	}

	/** The example's CSV files, as an import receives them. */
	public static List<Upload> files() {
		List<Upload> files = new ArrayList<>();
		for (SheetKind sheet : SheetKind.values()) {
			files.add(new Upload(sheet.sheetName() + ".csv", csv(sheet.sheetName())));
		}
		return files;
	}

	/**
	 * One of the example's CSV files: {@code agreements}, {@code events} or
	 * {@code memberships}.
	 */
	public static byte[] csv(String sheet) {
		SheetKind kind = SheetKind.named(sheet).orElseThrow(() -> new IllegalArgumentException(sheet));
		try (InputStream in = new ClassPathResource(FOLDER + kind.sheetName() + ".csv").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The example as one workbook, a sheet per CSV file; dates are the spreadsheet's
	 * dates and every other cell text, as a ministry's workbook would hold them.
	 */
	public static byte[] workbook() {
		var out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Taawun", "1.0");
			for (SheetKind sheet : SheetKind.values()) {
				Worksheet worksheet = workbook.newWorksheet(sheet.sheetName());
				String text = new String(csv(sheet.sheetName()), StandardCharsets.UTF_8);
				try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
					int row = 0;
					for (CSVRecord record : parser) {
						for (int column = 0; column < record.size(); column++) {
							write(worksheet, row, column, record.get(column), row == 0);
						}
						row++;
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet worksheet, int row, int column, String value, boolean header) {
		if (value.isEmpty()) {
			return;
		}
		if (header) {
			worksheet.value(row, column, value);
			worksheet.style(row, column).bold().set();
			return;
		}
		try {
			worksheet.value(row, column, LocalDate.parse(value));
			worksheet.style(row, column).format("yyyy-mm-dd").set();
		}
		catch (DateTimeParseException ex) {
			worksheet.value(row, column, value);
		}
	}

}
