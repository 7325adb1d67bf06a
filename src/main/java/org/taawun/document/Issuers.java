package org.taawun.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;

/**
 * Who makes each act. The authority makes its own; the office of the province (the wali's
 * in Algeria, the governor's in Morocco) forwards the file to the Ministry of the
 * Interior and, in Morocco, gives its visa; the supervising ministry of the agreement's
 * legal basis decides. Which ministry that is, and every line of a letterhead, are
 * messages ({@code issuer.*}), so that a country's letterheads are data; signatories'
 * names and places are settings.
 */
@Component
class Issuers {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final MessageSource messages;

	private final IssuerSettings settings;

	Issuers(MessageSource messages, IssuerSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	Issuer of(DocumentKind kind, ActFacts facts, Agreement agreement, LocalAuthority authority) {
		return switch (kind) {
			case APPROVAL_DECISION, REFUSAL_DECISION ->
				(facts.addressee() == Addressee.GOVERNOR) ? provinceOffice(authority)
						: ministry(code("issuer.supervisor." + agreement.legalBasis()), authority.jurisdiction());
			case REFERRAL_LETTER ->
				(facts.addressee() == Addressee.MINISTRY_OF_INTERIOR) ? provinceOffice(authority) : own(authority);
			default -> own(authority);
		};
	}

	/**
	 * The authority itself, under its ministry, its region where its letters name one,
	 * and its province when it is a commune or municipality.
	 */
	Issuer own(LocalAuthority authority) {
		List<String> ar = above(authority, ARABIC);
		List<String> fr = above(authority, Locale.FRENCH);
		if (authority.kind() == AuthorityKind.COMMUNE || authority.kind() == AuthorityKind.MUNICIPALITY) {
			ar.add(authority.province().name().ar());
			fr.add(authority.province().name().fr());
		}
		ar.add(authority.name().ar());
		fr.add(authority.name().fr());
		String title = "issuer.title." + authority.jurisdiction() + "." + authority.kind();
		return issuer(authority.code(), ar, fr, title, authority.name().ar(), authority.name().fr());
	}

	/** The office of the wali or governor of the authority's province. */
	private Issuer provinceOffice(LocalAuthority authority) {
		Jurisdiction country = authority.jurisdiction();
		List<String> ar = above(authority, ARABIC);
		List<String> fr = above(authority, Locale.FRENCH);
		ar.add(authority.province().name().ar());
		fr.add(authority.province().name().fr());
		ar.add(label("issuer.province-office." + country, ARABIC));
		fr.add(label("issuer.province-office." + country, Locale.FRENCH));
		return issuer(code("issuer.province-office.code." + country) + "-" + authority.province().code(), ar, fr,
				"issuer.title.province-office." + country, authority.province().name().ar(),
				authority.province().name().fr());
	}

	/**
	 * The letterhead's first lines above an authority or its province's office: its
	 * country's ministry, and its region where its letters name one.
	 */
	private List<String> above(LocalAuthority authority, Locale locale) {
		List<String> lines = new ArrayList<>(lines("issuer.ministry." + authority.jurisdiction(), locale));
		if (authority.region() != null) {
			lines.add("ar".equals(locale.getLanguage()) ? authority.region().ar() : authority.region().fr());
		}
		return lines;
	}

	/** The ministry that keeps the country's national inventory of agreements. */
	Issuer inventoryKeeper(Jurisdiction country) {
		return ministry(code("issuer.inventory-keeper." + country), country);
	}

	/** A ministry or one of its directorates, made in the country's capital. */
	private Issuer ministry(String code, Jurisdiction country) {
		return issuer(code, lines("issuer.lines." + code, ARABIC), lines("issuer.lines." + code, Locale.FRENCH),
				"issuer.title." + code, label("issuer.capital." + country, ARABIC),
				label("issuer.capital." + country, Locale.FRENCH));
	}

	private Issuer issuer(String code, List<String> ar, List<String> fr, String titleKey, String placeAr,
			String placeFr) {
		IssuerSettings.Signatory signatory = this.settings.of(code);
		return new Issuer(List.copyOf(ar), List.copyOf(fr), label(titleKey, ARABIC), label(titleKey, Locale.FRENCH),
				signatory.nameAr(), signatory.nameFr(), or(signatory.placeAr(), placeAr),
				or(signatory.placeFr(), placeFr));
	}

	private static String or(String setting, String otherwise) {
		return (setting == null || setting.isBlank()) ? otherwise : setting;
	}

	/** A letterhead's lines, one per line of the message, separated by {@code |}. */
	private List<String> lines(String key, Locale locale) {
		return Arrays.stream(label(key, locale).split("\\|")).map(String::strip).toList();
	}

	/** A code the messages name, the same in every language. */
	private String code(String key) {
		return label(key, Locale.ROOT);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
