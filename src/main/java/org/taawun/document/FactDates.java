package org.taawun.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.taawun.law.LegalDates;

/**
 * The dates a step recorded, which the process holds as ISO text, written in a document
 * as the law writes them. Templates reach it as {@code dates}; a value that is not a date
 * is printed as it is.
 */
public final class FactDates {

	private final List<String> arabicMonths;

	/**
	 * @param arabicMonths the month names of the issuing authority's country
	 */
	FactDates(List<String> arabicMonths) {
		this.arabicMonths = List.copyOf(arabicMonths);
	}

	public String ar(Object recorded) {
		LocalDate date = date(recorded);
		return (date != null) ? LegalDates.arabic(date, this.arabicMonths) : Objects.toString(recorded, "");
	}

	public String fr(Object recorded) {
		LocalDate date = date(recorded);
		return (date != null) ? LegalDates.french(date) : Objects.toString(recorded, "");
	}

	private static LocalDate date(Object recorded) {
		if (recorded == null) {
			return null;
		}
		try {
			return LocalDate.parse(recorded.toString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
