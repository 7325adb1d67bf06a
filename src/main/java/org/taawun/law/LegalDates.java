package org.taawun.law;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Dates as Maghreb administrations write them: in Arabic with Latin digits and the
 * country's month names ({@code 15 نوفمبر 2017}; Morocco's {@code 25 أبريل 2018}), in
 * French in full ({@code 15 novembre 2017}, the first of a month {@code 1er juin 2034}).
 */
public final class LegalDates {

	private static final List<String> MAGHREB_MONTHS = List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
			"جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter FIRST_OF_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private LegalDates() {
	}

	/** The date as the law writes it in the language: Arabic, or French for any other. */
	public static String format(LocalDate date, Locale language) {
		if ("en".equals(language.getLanguage()) && date != null) {
			// the open register's English, for foreign partners: 3 May 2026
			return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
		}
		return "ar".equals(language.getLanguage()) ? arabic(date) : french(date);
	}

	public static String arabic(LocalDate date) {
		return arabic(date, MAGHREB_MONTHS);
	}

	/**
	 * The date in Arabic with a country's own month names, January first: Morocco writes
	 * يناير ... دجنبر where Algeria and Tunisia write جانفي ... ديسمبر.
	 */
	public static String arabic(LocalDate date, List<String> months) {
		if (months.size() != 12) {
			throw new IllegalArgumentException("Twelve month names are needed, not " + months);
		}
		return (date == null) ? ""
				: date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	public static String french(LocalDate date) {
		if (date == null) {
			return "";
		}
		return (date.getDayOfMonth() == 1) ? "1er " + FIRST_OF_MONTH.format(date) : FRENCH.format(date);
	}

}
