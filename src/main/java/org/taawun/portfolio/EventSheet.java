package org.taawun.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.taawun.agreement.RecordedActivity;
import org.taawun.party.LocalAuthority;
import org.taawun.party.PartnerKind;

/**
 * Reads the {@code events} sheet: visits, projects and donations, each of an agreement
 * (by the key the {@code agreements} sheet or an earlier import gave it) or of an
 * authority with a partner outside any agreement.
 */
final class EventSheet {

	private EventSheet() {
	}

	/**
	 * An activity of the sheet, with its line and the key of its agreement (null outside
	 * any); the agreement's id is known once the agreements are brought in.
	 */
	record Line(int number, String agreementKey, RecordedActivity activity) {
	}

	/**
	 * Where an agreement key leads: the authority whose agreement it is, from the
	 * agreements of the file and of earlier imports.
	 */
	interface AgreementKeys {

		/**
		 * The authorities that have an agreement with that key, in the file or brought in
		 * before, among those the importer may import for.
		 */
		List<String> authoritiesWith(String key);

	}

	static List<Line> read(Table table, Importer importer, AgreementKeys keys, Problems problems) {
		Map<String, Integer> positions = Headers.positions(SheetKind.EVENTS, table.header());
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Table.Line line : table.lines()) {
			Cells cells = new Cells(table, line, positions, problems);
			Line read = read(cells, importer, keys);
			if (read != null) {
				RecordedActivity a = read.activity();
				Integer first = seen.putIfAbsent(
						String.join("|", a.localAuthority(), String.valueOf(read.agreementKey()),
								String.valueOf(a.partnerName()), a.kind().name(), a.title(), String.valueOf(a.from())),
						line.number());
				if (first != null) {
					cells.problem("title", "import.duplicate-activity", a.title(), first);
				}
			}
			if (!cells.isWrong()) {
				lines.add(read);
			}
		}
		return lines;
	}

	private static Line read(Cells cells, Importer importer, AgreementKeys keys) {
		String agreementKey = cells.text("agreementKey", 100);
		String code = cells.text("localAuthority", 40);
		String partnerName = cells.text("partnerName", 200);
		PartnerKind partnerKind = cells.code("partnerKind", PartnerKind.class);
		if (agreementKey != null) {
			List<String> authorities = keys.authoritiesWith(agreementKey);
			if (code == null && authorities.size() == 1) {
				code = authorities.get(0);
			}
			else if (code == null && authorities.size() > 1) {
				cells.problem("localAuthority", "import.key-ambiguous", agreementKey, String.join(", ", authorities));
			}
			else if (!authorities.contains(code)) {
				cells.problem("agreementKey", "import.unknown-agreement", agreementKey);
			}
		}
		else {
			if (code == null) {
				cells.problem("localAuthority", "import.required");
			}
			if (partnerName == null) {
				cells.problem("partnerName", "import.partner-outside-agreement");
			}
		}
		LocalAuthority authority = importer.authorityOf(cells, "localAuthority", code);
		RecordedActivity.Kind kind = cells.requiredCode("kind", RecordedActivity.Kind.class);
		String title = cells.required("title", 300);
		var from = cells.date("from");
		var to = cells.date("to");
		RecordedActivity.Status status = cells.requiredCode("status", RecordedActivity.Status.class);
		String fundedBy = cells.text("fundedBy", 300);
		String notes = cells.text("notes", 2000);
		if (from != null && to != null && to.isBefore(from)) {
			cells.problem("to", "import.ends-before", to, from);
		}
		if (status == RecordedActivity.Status.DONE && from != null && from.isAfter(importer.today())) {
			cells.problem("status", "import.done-in-future", from);
		}
		if (cells.isWrong()) {
			return null;
		}
		boolean outside = agreementKey == null;
		return new Line(cells.lineNumber(), agreementKey,
				new RecordedActivity(null, null, authority.code(), outside ? partnerName : null,
						outside ? ((partnerKind != null) ? partnerKind : PartnerKind.LOCAL_AUTHORITY) : null, kind,
						title, from, to, status, fundedBy, notes));
	}

}
