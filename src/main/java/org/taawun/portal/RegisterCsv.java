package org.taawun.portal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import org.taawun.agreement.Agreement;
import org.taawun.party.WorldNames;

/**
 * The register as comma-separated values (RFC 4180) in the reader's language: headers,
 * states, instruments, fields, countries and authorities by their names; dates as ISO
 * dates, which every spreadsheet sorts.
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

	void header(StringBuilder csv) {
		csv.append(COLUMNS.stream()
			.map((column) -> word("csv.col." + column))
			.map(RegisterCsv::quoted)
			.collect(Collectors.joining(","))).append("\r\n");
	}

	void row(StringBuilder csv, Agreement a) {
		Agreement.KeyDates dates = a.dates();
		List<Object> cells = List.of(a.reference(), word("jurisdiction." + a.jurisdiction()),
				this.authorityName.apply(a.localAuthority()), word("instrument." + a.instrument()), a.titles().ar(),
				a.titles().fr(), a.partner().name(), a.partner().city(),
				WorldNames.country(a.partner().country(), this.locale),
				a.fields().stream().map((field) -> word("field." + field)).sorted().collect(Collectors.joining(" ; ")),
				word("state." + a.state()), text(dates.deliberation()), text(dates.approval()), text(dates.signature()),
				text(dates.entryIntoForce()), text(dates.end()));
		csv.append(cells.stream().map(Object::toString).map(RegisterCsv::quoted).collect(Collectors.joining(",")))
			.append("\r\n");
	}

	/** The file's name in the reader's language. */
	String filename() {
		return word("csv.filename");
	}

	private String word(String code) {
		return this.messages.getMessage(code, null, code, this.locale);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/**
	 * Quotes a cell that needs it; a cell that a spreadsheet would run as a formula is
	 * prefixed with an apostrophe.
	 */
	static String quoted(String cell) {
		String safe = (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
