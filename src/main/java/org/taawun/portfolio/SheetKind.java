package org.taawun.portfolio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of a portfolio: a workbook's sheets, or the CSV files, named in English as
 * the format says, or in French or Arabic.
 */
enum SheetKind {

	AGREEMENTS("agreements", "accords", "conventions", "الاتفاقيات"),
	EVENTS("events", "evenements", "activites", "الأنشطة", "الأحداث"),
	MEMBERSHIPS("memberships", "adhesions", "reseaux", "العضويات", "الشبكات");

	private final List<String> names;

	SheetKind(String... names) {
		this.names = List.of(names);
	}

	/** The name the format gives the sheet. */
	String sheetName() {
		return this.names.get(0);
	}

	/** The sheet a workbook's sheet or a file (without its extension) stands for. */
	static Optional<SheetKind> named(String name) {
		String wanted = Headers.normalised(name);
		return Arrays.stream(values())
			.filter((sheet) -> sheet.names.stream().map(Headers::normalised).anyMatch(wanted::equals))
			.findFirst();
	}

}
