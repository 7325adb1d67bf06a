package org.taawun.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.law.LegalDates;
import org.taawun.party.BilingualName;
import org.taawun.party.LocalAuthority;

/**
 * The partner's column of a convention, wholly in the partner's language — French,
 * English or Turkish; a partner reading another language reads the French: the fields,
 * the legal references, the Maghreb authority and its province named as that language
 * names them, the partner's country, and dates as that language writes them.
 */
@Component
class PartnerSide {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	/** The partner languages the convention's clauses are written in. */
	private static final List<String> LANGUAGES = List.of("fr", "tr", "en");

	/**
	 * The kind of authority a French name starts with ("Commune d'Oran", "Gouvernorat de
	 * Gafsa"): what follows is the place, which another language names its own way.
	 */
	private static final Pattern FRENCH_KIND = Pattern.compile(
			"^(?:Commune(?: urbaine| rurale)?|Municipalité|Wilaya|Gouvernorat|Province|Préfecture|Région)\\s+(?:de la |de l['’]|du |des |d['’]|de )");

	private final MessageSource messages;

	private final LegalReferences references;

	PartnerSide(MessageSource messages, LegalReferences references) {
		this.messages = messages;
		this.references = references;
	}

	void addTo(Context model, Agreement agreement, LocalAuthority authority, LocalDate session) {
		String language = LANGUAGES.contains(agreement.partner().language()) ? agreement.partner().language() : "fr";
		Locale locale = Locale.forLanguageTag(language);
		model.setVariable("partnerLanguage", language);
		model.setVariable("partnerLanguageAr", locale.getDisplayLanguage(ARABIC));
		// "en langue française": the adjective, which agrees with "langue"
		model.setVariable("partnerLanguageFr", label("language.adjective." + language, Locale.FRENCH));
		model.setVariable("fieldsPartner",
				agreement.fields().stream().map((f) -> label("field." + f, locale)).sorted().toList());
		model.setVariable("countryPartner",
				new Locale.Builder().setRegion(agreement.partner().country()).build().getDisplayCountry(locale));
		model.setVariable("referencesPartner", this.references.in(agreement.legalBasis(), authority.kind(), locale));
		model.setVariable("authorityPartner", named(authority.name(), "authority.named." + authority.kind(), locale));
		model.setVariable("provincePartner",
				named(authority.province().name(), "province.named." + authority.jurisdiction(), locale));
		model.setVariable("sessionDatePartner", date(session, locale));
	}

	/**
	 * A Maghreb authority's name in a language: "Oran Belediyesi", "Municipality of
	 * Gafsa".
	 */
	private String named(BilingualName name, String key, Locale language) {
		Matcher kind = FRENCH_KIND.matcher(name.fr());
		if (Locale.FRENCH.getLanguage().equals(language.getLanguage()) || !kind.find()) {
			return name.fr();
		}
		return this.messages.getMessage(key, new Object[] { name.fr().substring(kind.end()) }, language);
	}

	private static String date(LocalDate date, Locale language) {
		if (date == null) {
			return "";
		}
		if (Locale.FRENCH.getLanguage().equals(language.getLanguage())) {
			return LegalDates.french(date);
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(date);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
