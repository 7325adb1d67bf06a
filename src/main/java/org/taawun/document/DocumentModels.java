package org.taawun.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Decisions;
import org.taawun.agreement.RecordedActivity;
import org.taawun.law.LegalDates;
import org.taawun.party.BilingualName;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;

/**
 * What a document's template reads: the issuing authority, the agreement and its names in
 * both languages, and the facts of the act. Templates read these, never the process.
 */
@Component
class DocumentModels {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	/**
	 * How many rows make a table long enough to start its section on a new page, and to
	 * repeat its header on the pages it runs over: the renderer repeats a header only for
	 * a table it never carries to the next page, as its PDF/UA tagging then fails.
	 */
	private static final int ROWS_TO_START_A_PAGE = 12;

	private final ArabicText ar;

	private final Plurals plurals;

	private final MessageSource messages;

	private final Decisions decisions;

	private final Issuers issuers;

	private final LegalReferences references;

	private final PartnerSide partnerSide;

	DocumentModels(ArabicText ar, Plurals plurals, MessageSource messages, Decisions decisions, Issuers issuers,
			LegalReferences references, PartnerSide partnerSide) {
		this.plurals = plurals;
		this.partnerSide = partnerSide;
		this.references = references;
		this.decisions = decisions;
		this.issuers = issuers;
		this.ar = ar;
		this.messages = messages;
	}

	/** The model of an act about an agreement, stating what its steps recorded. */
	Context act(Agreement agreement, LocalAuthority authority, DocumentKind kind, String number, LocalDate issuedOn,
			ActFacts facts) {
		Context model = letterhead(authority, "document." + kind.name(), number, issuedOn);
		model.setVariable("agreement", agreement);
		model.setVariable("instrumentAr", label("instrument." + agreement.instrument(), ARABIC));
		model.setVariable("instrumentFr", label("instrument." + agreement.instrument(), Locale.FRENCH));
		model.setVariable("fieldsAr",
				agreement.fields().stream().map((f) -> label("field." + f, ARABIC)).sorted().toList());
		model.setVariable("fieldsFr",
				agreement.fields().stream().map((f) -> label("field." + f, Locale.FRENCH)).sorted().toList());
		model.setVariable("references", this.references.of(agreement.legalBasis(), authority.kind()));
		Locale country = country(agreement);
		model.setVariable("countryAr", country.getDisplayCountry(ARABIC));
		model.setVariable("countryFr", country.getDisplayCountry(Locale.FRENCH));
		model.setVariable("act", facts);
		Issuer issuer = this.issuers.of(kind, facts, agreement, authority);
		model.setVariable("issuer", issuer);
		boolean convention = kind == DocumentKind.CONVENTION || kind == DocumentKind.CONVENTION_DRAFT;
		// the convention is signed by both parties in its own last article
		model.setVariable("signatureBlock", !convention);
		model.setVariable("madeAtAr",
				message("document.made-at", ARABIC, issuer.placeAr(), arabic(issuedOn, authority.jurisdiction())));
		model.setVariable("madeAtFr",
				message("document.made-at", Locale.FRENCH, issuer.placeFr(), LegalDates.french(issuedOn)));
		model.setVariable("enclosures", enclosures(kind, facts, authority.jurisdiction()));
		if (kind == DocumentKind.REFERRAL_LETTER) {
			String to = authority.jurisdiction() + "." + addressee(facts, authority.jurisdiction());
			model.setVariable("referralToAr", message("referral.to." + to, ARABIC, authority.province().name().ar()));
			model.setVariable("referralBodyAr", message("referral.body." + to, ARABIC));
			// where letters say who writes before whom they go to ("من رئيس بلدية قفصة")
			model.setVariable("referralFromAr", this.messages.getMessage("referral.from." + authority.jurisdiction(),
					new Object[] { issuer.nameAr() }, "", ARABIC));
		}
		// every opinion and decision given on the file so far, as a letter up the chain
		// states them for the next reviewer
		model.setVariable("earlierDecisions",
				this.decisions.of(agreement.id())
					.stream()
					.map((d) -> new EarlierDecision(label("taskname." + d.step(), ARABIC), d.label().ar(), d.reasons()))
					.toList());
		model.setVariable("draft", kind == DocumentKind.CONVENTION_DRAFT);
		LocalDate session = facts.deliberation().session();
		model.setVariable("sessionDateAr", arabic(session, authority.jurisdiction()));
		model.setVariable("sessionDateFr", LegalDates.french(session));
		this.partnerSide.addTo(model, agreement, authority, session);
		return model;
	}

	/** What a letter that transmits the file encloses, in both languages. */
	private List<Enclosure> enclosures(DocumentKind kind, ActFacts facts, Jurisdiction country) {
		if (kind != DocumentKind.REFERRAL_LETTER) {
			return List.of();
		}
		// which documents go to whom is a message, the same in every language
		List<String> keys = List
			.of(label("document.enclosures." + country + "." + addressee(facts, country), Locale.ROOT).split("\\|"));
		return keys.stream().map((key) -> new Enclosure(label(key, ARABIC), label(key, Locale.FRENCH))).toList();
	}

	/**
	 * To whom a referral letter goes; a letter asked by the first version of the models,
	 * which did not say, went to the first body the country's approval refers the file to
	 * (a message per country).
	 */
	private Addressee addressee(ActFacts facts, Jurisdiction country) {
		return (facts.addressee() != null) ? facts.addressee()
				: Addressee.valueOf(label("document.first-referral." + country, Locale.ROOT));
	}

	/** A document a letter encloses. */
	public record Enclosure(String ar, String fr) {
	}

	/**
	 * What every document's frame shows: the authority, the title, the number and the
	 * date.
	 */
	Context letterhead(LocalAuthority authority, String titleKey, String number, LocalDate day) {
		Context model = letterhead(this.issuers.own(authority), authority.jurisdiction(), titleKey, number, day);
		model.setVariable("authority", authority);
		return model;
	}

	/** The frame of a document another body than an authority issues, in its country. */
	Context letterhead(Issuer issuer, Jurisdiction country, String titleKey, String number, LocalDate day) {
		Context model = new Context(ARABIC);
		model.setVariable("ar", this.ar);
		model.setVariable("plural", this.plurals);
		model.setVariable("rowsToStartAPage", ROWS_TO_START_A_PAGE);
		model.setVariable("stateAr", label("issuer.state." + country, ARABIC));
		model.setVariable("stateFr", label("issuer.state." + country, Locale.FRENCH));
		model.setVariable("issuer", issuer);
		model.setVariable("signatureBlock", false);
		model.setVariable("enclosures", List.of());
		model.setVariable("enclosuresAr", label("document.enclosures", ARABIC));
		model.setVariable("enclosuresFr", label("document.enclosures", Locale.FRENCH));
		model.setVariable("stampAr", label("document.stamp", ARABIC) + " / " + label("document.signature", ARABIC));
		model.setVariable("stampFr",
				label("document.stamp", Locale.FRENCH) + " / " + label("document.signature", Locale.FRENCH));
		model.setVariable("number", number);
		model.setVariable("titleAr", label(titleKey, ARABIC));
		model.setVariable("titleFr", label(titleKey, Locale.FRENCH));
		model.setVariable("issuedOnAr", arabic(day, country));
		model.setVariable("issuedOnFr", LegalDates.french(day));
		model.setVariable("dates", new FactDates(arabicMonths(country)));
		return model;
	}

	/**
	 * A line of the register: an agreement with its names in both languages and its
	 * activities.
	 */
	RegisterPdf.Row registerRow(Agreement agreement, List<RecordedActivity> activities) {
		Locale country = country(agreement);
		return new RegisterPdf.Row(agreement, country.getDisplayCountry(ARABIC),
				country.getDisplayCountry(Locale.FRENCH), label("instrument." + agreement.instrument(), ARABIC),
				label("instrument." + agreement.instrument(), Locale.FRENCH),
				label("state." + agreement.state(), ARABIC), label("state." + agreement.state(), Locale.FRENCH),
				label("partner.kind." + agreement.partner().kind(), ARABIC),
				label("partner.kind." + agreement.partner().kind(), Locale.FRENCH),
				activities.stream().map(this::activityRow).toList());
	}

	/** A visit, project or donation as the register lists it, in both languages. */
	RegisterPdf.ActivityRow activityRow(RecordedActivity activity) {
		return new RegisterPdf.ActivityRow(activity, label("activity.kind." + activity.kind(), ARABIC),
				label("activity.kind." + activity.kind(), Locale.FRENCH),
				label("activity.status." + activity.status(), ARABIC),
				label("activity.status." + activity.status(), Locale.FRENCH), LegalDates.arabic(activity.from()),
				LegalDates.french(activity.from()));
	}

	/** A date in Arabic with the month names of the country (a message per country). */
	String arabic(LocalDate date, Jurisdiction country) {
		return LegalDates.arabic(date, arabicMonths(country));
	}

	private List<String> arabicMonths(Jurisdiction country) {
		return List.of(label("date.months." + country, ARABIC).split("\\|"));
	}

	private static Locale country(Agreement agreement) {
		return new Locale.Builder().setRegion(agreement.partner().country()).build();
	}

	/** An earlier opinion or decision, in Arabic: the step, the answer, the reasons. */
	public record EarlierDecision(String step, String answer, String reasons) {
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A message in both languages of a national document. */
	BilingualName bilingual(String key) {
		return new BilingualName(label(key, ARABIC), label(key, Locale.FRENCH));
	}

	/** A country by its ISO code, named in both languages. */
	static BilingualName country(String code) {
		Locale country = new Locale.Builder().setRegion(code).build();
		return new BilingualName(country.getDisplayCountry(ARABIC), country.getDisplayCountry(Locale.FRENCH));
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
