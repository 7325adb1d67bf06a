package org.taawun.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

import org.taawun.agreement.Agreement;
import org.taawun.party.WorldNames;
import org.taawun.web.CsvCells;

/**
 * The register as a spreadsheet in the reader's language — comma-separated values (RFC
 * 4180) or an XLSX workbook: headers, states, instruments, fields, countries and
 * authorities by their names; dates as ISO dates, which every spreadsheet sorts.
 */
final class RegisterCsv {

	private static final List<String> COLUMNS = List.of("reference", "jurisdiction", "authority", "instrument",
			"title-ar", "title-fr", "partner", "partner-city", "partner-country", "fields", "state", "deliberation",
			"approval", "signature", "entry-into-force", "end");

	private final MessageSource messages;

	private final Locale locale;

	private final Function<String, String> authorityName;

	RegisterCsv(MessageSource messages, Locale locale, Function<String, String> authorityName) {
		this.messages = messages;
		this.locale = locale;
		this.authorityName = authorityName;
	}

	/** The columns' names in the reader's language. */
	List<String> headers() {
		return COLUMNS.stream().map((column) -> word("csv.col." + column)).toList();
	}

	/** An agreement's cells: words in the reader's language, dates as dates. */
	List<Object> cells(Agreement a) {
		Agreement.KeyDates dates = a.dates();
		return Arrays.asList(a.reference(), word("jurisdiction." + a.jurisdiction()),
				this.authorityName.apply(a.localAuthority()), word("instrument." + a.instrument()), a.titles().ar(),
				a.titles().fr(), a.partner().name(), a.partner().city(),
				WorldNames.country(a.partner().country(), this.locale),
				a.fields().stream().map((field) -> word("field." + field)).sorted().collect(Collectors.joining(" ; ")),
				word("state." + a.state()), dates.deliberation(), dates.approval(), dates.signature(),
				dates.entryIntoForce(), dates.end());
	}

	void header(StringBuilder csv) {
		csv.append(headers().stream().map(CsvCells::quoted).collect(Collectors.joining(","))).append("\r\n");
	}

	void row(StringBuilder csv, Agreement a) {
		csv.append(cells(a).stream().map(RegisterCsv::text).map(CsvCells::quoted).collect(Collectors.joining(",")))
			.append("\r\n");
	}

	/**
	 * The agreements as an XLSX workbook: one sheet, its header bold and frozen, dates as
	 * dates, right to left for an Arabic reader.
	 */
	byte[] workbook(List<Agreement> agreements) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Taawun", "1.0");
			Worksheet sheet = workbook.newWorksheet(word("csv.sheet"));
			if ("ar".equals(this.locale.getLanguage())) {
				sheet.rightToLeft();
			}
			List<String> headers = headers();
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
				sheet.style(0, column).bold().set();
			}
			sheet.freezePane(0, 1);
			for (int row = 0; row < agreements.size(); row++) {
				List<Object> cells = cells(agreements.get(row));
				for (int column = 0; column < cells.size(); column++) {
					Object cell = cells.get(column);
					if (cell instanceof LocalDate date) {
						sheet.value(row + 1, column, date);
						sheet.style(row + 1, column).format("yyyy-mm-dd").set();
					}
					else if (cell != null) {
						sheet.value(row + 1, column, cell.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A workbook written in memory", ex);
		}
		return out.toByteArray();
	}

	/** The file's name in the reader's language, with the extension given. */
	String filename(String extension) {
		return word("csv.filename") + "." + extension;
	}

	private String word(String code) {
		return this.messages.getMessage(code, null, code, this.locale);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
