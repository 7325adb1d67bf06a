package org.taawun.portal;

import java.util.List;
import java.util.stream.Collectors;

import org.taawun.agreement.Agreement;

/**
 * The register as comma-separated values (RFC 4180): one agreement per line, codes rather
 * than labels so a spreadsheet can filter on them in any language.
 */
final class RegisterCsv {

	private static final List<String> COLUMNS = List.of("reference", "jurisdiction", "local_authority", "instrument",
			"title_ar", "title_fr", "partner", "partner_city", "partner_country", "fields", "state", "deliberation",
			"approval", "signature", "entry_into_force", "end");

	private RegisterCsv() {
	}

	static void header(StringBuilder csv) {
		csv.append(String.join(",", COLUMNS)).append("\r\n");
	}

	static void row(StringBuilder csv, Agreement a) {
		Agreement.KeyDates dates = a.dates();
		List<Object> cells = List.of(a.reference(), a.jurisdiction(), a.localAuthority(), a.instrument(),
				a.titles().ar(), a.titles().fr(), a.partner().name(), a.partner().city(), a.partner().country(),
				a.fields().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")), a.state(),
				text(dates.deliberation()), text(dates.approval()), text(dates.signature()),
				text(dates.entryIntoForce()), text(dates.end()));
		csv.append(cells.stream().map(Object::toString).map(RegisterCsv::quoted).collect(Collectors.joining(",")))
			.append("\r\n");
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
