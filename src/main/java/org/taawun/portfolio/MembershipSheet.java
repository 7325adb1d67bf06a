package org.taawun.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.taawun.party.CityNetwork;
import org.taawun.party.LocalAuthority;
import org.taawun.party.NetworkMembership;

/**
 * Reads the {@code memberships} sheet: an authority's membership of a network of cities,
 * a known network by its code or another by its name.
 */
final class MembershipSheet {

	private MembershipSheet() {
	}

	record Line(int number, NetworkMembership membership) {
	}

	static List<Line> read(Table table, Importer importer, Problems problems) {
		Map<String, Integer> positions = Headers.positions(SheetKind.MEMBERSHIPS, table.header());
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Table.Line line : table.lines()) {
			Cells cells = new Cells(table, line, positions, problems);
			LocalAuthority authority = importer.authorityOf(cells, "localAuthority",
					cells.required("localAuthority", 40));
			String named = cells.required("network", 200);
			String network = (named != null) ? CityNetwork.ofCode(named).map(Enum::name).orElse(named) : null;
			var since = cells.date("since");
			if (since != null && since.isAfter(importer.today())) {
				cells.problem("since", "import.in-future", since);
			}
			String role = cells.text("role", 200);
			Integer seats = cells.positive("seats");
			String notes = cells.text("notes", 2000);
			String deliberationReference = cells.text("deliberationReference", 200);
			var deliberationDate = cells.date("deliberationDate");
			if (authority != null && network != null) {
				Integer first = seen.putIfAbsent(authority.code() + "/" + network, line.number());
				if (first != null) {
					cells.problem("network", "import.duplicate-membership", network, first);
				}
			}
			NetworkMembership membership = new NetworkMembership(null, (authority != null) ? authority.code() : null,
					network, since, role, seats, notes, deliberationReference, deliberationDate);
			if (authority != null) {
				JoiningDeliberation.problems(authority, membership, importer.today())
					.forEach((column, key) -> cells.problem(column, key));
			}
			if (!cells.isWrong()) {
				lines.add(new Line(line.number(), membership));
			}
		}
		return lines;
	}

}
