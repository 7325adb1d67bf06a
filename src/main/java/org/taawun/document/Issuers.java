package org.taawun.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;

/**
 * Who makes each act. The municipality makes its own; the wali's office transmits the
 * file to the Ministry of the Interior; the supervising ministry decides: in Algeria the
 * Ministry of the Interior, in Tunisia before 2018 its directorate of external relations
 * and international cooperation, under article 40 the Ministry of Foreign Affairs, which
 * objects. Names of institutions and titles are messages; signatories' names and places
 * are settings.
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
		Jurisdiction country = authority.jurisdiction();
		return switch (kind) {
			case APPROVAL_DECISION, REFUSAL_DECISION -> supervisor(agreement, country);
			case REFERRAL_LETTER ->
				(facts.addressee() == Addressee.MINISTRY_OF_INTERIOR) ? waliOffice(authority) : own(authority);
			default -> own(authority);
		};
	}

	/** The authority itself, under its ministry and its wilaya or governorate. */
	Issuer own(LocalAuthority authority) {
		String ministry = "issuer.ministry." + authority.jurisdiction();
		List<String> ar = new ArrayList<>(List.of(label(ministry, ARABIC)));
		List<String> fr = new ArrayList<>(List.of(label(ministry, Locale.FRENCH)));
		if (authority.kind() == AuthorityKind.COMMUNE || authority.kind() == AuthorityKind.MUNICIPALITY) {
			ar.add(authority.province().name().ar());
			fr.add(authority.province().name().fr());
		}
		ar.add(authority.name().ar());
		fr.add(authority.name().fr());
		return issuer(authority.code(), ar, fr, "issuer.title." + authority.kind(), authority.name().ar(),
				authority.name().fr());
	}

	private Issuer waliOffice(LocalAuthority authority) {
		String ministry = "issuer.ministry." + authority.jurisdiction();
		return issuer("wilaya-" + authority.province().code(),
				List.of(label(ministry, ARABIC), authority.province().name().ar(), label("issuer.wali-office", ARABIC)),
				List.of(label(ministry, Locale.FRENCH), authority.province().name().fr(),
						label("issuer.wali-office", Locale.FRENCH)),
				"issuer.title.wali", authority.province().name().ar(), authority.province().name().fr());
	}

	private Issuer supervisor(Agreement agreement, Jurisdiction country) {
		String code = (country == Jurisdiction.DZ) ? "ministry-interior-dz"
				: (agreement.legalBasis() == LegalBasis.TN_BEFORE_2018) ? "ministry-interior-tn" : "foreign-affairs-tn";
		List<String> keys = switch (code) {
			case "ministry-interior-dz" -> List.of("issuer.ministry.DZ");
			case "ministry-interior-tn" -> List.of("issuer.ministry.TN", "issuer.external-relations.TN");
			default -> List.of("issuer.foreign-affairs.TN");
		};
		return issuer(code, keys.stream().map((key) -> label(key, ARABIC)).toList(),
				keys.stream().map((key) -> label(key, Locale.FRENCH)).toList(), "issuer.title." + code,
				label("issuer.capital." + country, ARABIC), label("issuer.capital." + country, Locale.FRENCH));
	}

	/** The ministry that keeps the country's national inventory of agreements. */
	Issuer inventoryKeeper(Jurisdiction country) {
		String code = (country == Jurisdiction.DZ) ? "ministry-interior-dz" : "local-affairs-tn";
		List<String> keys = (country == Jurisdiction.DZ) ? List.of("issuer.ministry.DZ", "issuer.local-authorities.DZ")
				: List.of("issuer.local-affairs.TN");
		return issuer(code, keys.stream().map((key) -> label(key, ARABIC)).toList(),
				keys.stream().map((key) -> label(key, Locale.FRENCH)).toList(), "issuer.title." + code,
				label("issuer.capital." + country, ARABIC), label("issuer.capital." + country, Locale.FRENCH));
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

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
