package org.taawun.portfolio;

import java.util.Map;

/**
 * The language a partner is written to when its record does not say: the language of its
 * country where one is spoken there officially and Taawun writes it, else French, the
 * administrations' second language.
 */
final class PartnerLanguages {

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("FR", "fr"), Map.entry("BE", "fr"),
			Map.entry("CH", "fr"), Map.entry("CA", "fr"), Map.entry("SN", "fr"), Map.entry("ML", "fr"),
			Map.entry("TR", "tr"), Map.entry("GB", "en"), Map.entry("US", "en"), Map.entry("DE", "en"),
			Map.entry("IT", "en"), Map.entry("ES", "en"), Map.entry("CN", "en"), Map.entry("RU", "en"),
			Map.entry("TN", "ar"), Map.entry("DZ", "ar"), Map.entry("MA", "ar"), Map.entry("LY", "ar"),
			Map.entry("EG", "ar"), Map.entry("JO", "ar"), Map.entry("PS", "ar"), Map.entry("SA", "ar"),
			Map.entry("QA", "ar"), Map.entry("AE", "ar"), Map.entry("MR", "ar"));

	private PartnerLanguages() {
	}

	static String of(String country) {
		return (country != null) ? BY_COUNTRY.getOrDefault(country, "fr") : "fr";
	}

}
