package org.taawun.party;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;

/**
 * Countries and languages by their names in the reader's language, from the JDK's locale
 * data (CLDR): what a person picks instead of typing an ISO code, and what a page shows
 * instead of {@code TR}.
 */
public final class WorldNames {

	private static final Map<String, List<Choice>> COUNTRIES = new ConcurrentHashMap<>();

	private static final Map<String, List<Choice>> LANGUAGES = new ConcurrentHashMap<>();

	private WorldNames() {
	}

	/** Every ISO 3166-1 country, by name, in the reader's alphabetical order. */
	public static List<Choice> countries(Locale reader) {
		return COUNTRIES.computeIfAbsent(reader.getLanguage(),
				(language) -> sorted(Locale.getISOCountries(), WorldNames::country, reader));
	}

	/** Every ISO 639-1 language, by name, in the reader's alphabetical order. */
	public static List<Choice> languages(Locale reader) {
		return LANGUAGES.computeIfAbsent(reader.getLanguage(),
				(language) -> sorted(Locale.getISOLanguages(), WorldNames::language, reader));
	}

	/** A country's name in the reader's language; the code itself when unknown. */
	public static String country(String code, Locale reader) {
		if (code == null || code.isBlank()) {
			return "";
		}
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(reader);
			return name.isBlank() ? code : name;
		}
		catch (IllformedLocaleException ex) {
			return code;
		}
	}

	/** A language's name in the reader's language; the code itself when unknown. */
	public static String language(String code, Locale reader) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
		return name.isBlank() ? code : name;
	}

	private static List<Choice> sorted(String[] codes, Namer namer, Locale reader) {
		Collator collator = Collator.getInstance(reader);
		return Arrays.stream(codes)
			.map((code) -> new Choice(code, namer.name(code, reader)))
			// a code the locale data does not name is no choice to offer
			.filter((choice) -> !choice.name().equals(choice.code()))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList();
	}

	/** A code and its name. */
	public record Choice(String code, String name) {
	}

	private interface Namer {

		String name(String code, Locale reader);

	}

}
