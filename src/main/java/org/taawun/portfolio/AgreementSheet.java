package org.taawun.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.taawun.agreement.AgreementState;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.RenewalMode;
import org.taawun.law.Renewal;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;
import org.taawun.party.PartnerKind;

/**
 * Reads the {@code agreements} sheet: each line an agreement at the state it is in, with
 * the dates it knows, checked against each other and against the state.
 */
final class AgreementSheet {

	/** The day the Tunisian local authorities code came into force. */

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private AgreementSheet() {
	}

	/** An agreement of the sheet, with its line. */
	record Line(int number, HistoricAgreement record) {
	}

	static List<Line> read(Table table, Importer importer, Problems problems) {
		Map<String, Integer> positions = Headers.positions(SheetKind.AGREEMENTS, table.header());
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> keys = new HashMap<>();
		for (Table.Line line : table.lines()) {
			Cells cells = new Cells(table, line, positions, problems);
			HistoricAgreement record = read(cells, importer);
			if (record != null) {
				String scopedKey = record.draft().localAuthority() + "/" + record.key();
				Integer first = keys.putIfAbsent(scopedKey, line.number());
				if (first != null) {
					cells.problem("key", "import.duplicate-key", record.key(), first);
				}
			}
			if (!cells.isWrong()) {
				lines.add(new Line(line.number(), record));
			}
		}
		return lines;
	}

	private static HistoricAgreement read(Cells cells, Importer importer) {
		String key = cells.required("key", 100);
		Jurisdiction jurisdiction = cells.requiredCode("jurisdiction", Jurisdiction.class);
		LocalAuthority authority = importer.authorityOf(cells, "localAuthority", cells.required("localAuthority", 40));
		if (authority != null && jurisdiction != null && authority.jurisdiction() != jurisdiction) {
			cells.problem("jurisdiction", "import.jurisdiction-mismatch", authority.name().fr(),
					authority.jurisdiction().name());
		}
		Instrument instrument = cells.requiredCode("instrument", Instrument.class);
		String titleAr = cells.required("titleAr", 500);
		String titleFr = cells.required("titleFr", 500);
		ForeignPartner partner = partner(cells, jurisdiction);
		Set<CooperationField> fields = fields(cells);
		AgreementState state = cells.requiredCode("state", AgreementState.class);
		LegalBasis basis = cells.code("legalBasis", LegalBasis.class);
		HistoricAgreement.Dates dates = new HistoricAgreement.Dates(cells.date("referredOn"),
				cells.date("deliberationOn"), cells.date("approvedOn"), cells.date("signedOn"),
				cells.date("inForceFrom"), cells.date("endsOn"), null);
		RenewalMode renewal = cells.code("renewal", RenewalMode.class);
		String notes = cells.text("notes", 2000);
		if (basis != null && jurisdiction != null && basis.jurisdiction() != jurisdiction) {
			cells.problem("legalBasis", "import.basis-mismatch", basis.name(), jurisdiction.name());
		}
		if (state != null && !cells.isWrong()) {
			DatesAndState.check(cells, state, dates, renewal, importer.today());
		}
		if (cells.isWrong()) {
			return (key != null && authority != null) ? placeholder(key, authority) : null;
		}
		DraftAgreement draft = new DraftAgreement(jurisdiction, authority.code(), instrument, titleAr, titleFr, partner,
				fields, (basis != null) ? basis : basisOf(jurisdiction, dates));
		return new HistoricAgreement(key, draft, state, term(state, dates, renewal, importer.today()), renewal, notes);
	}

	/**
	 * The dates with the term the agreement runs in today: an agreement in force whose
	 * end passed and that renews tacitly has renewed, for as long again, as often as
	 * needed.
	 */
	private static HistoricAgreement.Dates term(AgreementState state, HistoricAgreement.Dates dates,
			RenewalMode renewal, LocalDate today) {
		if (!DatesAndState.IN_FORCE.contains(state)) {
			return dates;
		}
		LocalDate start = (dates.entryIntoForce() != null) ? dates.entryIntoForce() : dates.signature();
		Renewal.Term term = (dates.end() != null && renewal == RenewalMode.TACIT)
				? Renewal.currentTerm(start, dates.end(), today) : new Renewal.Term(start, dates.end());
		return new HistoricAgreement.Dates(dates.referral(), dates.deliberation(), dates.approval(), dates.signature(),
				dates.entryIntoForce(), term.end(), term.start());
	}

	/**
	 * A record that only says which key of which authority a wrong line holds, so that
	 * the same key given twice is still noticed.
	 */
	private static HistoricAgreement placeholder(String key, LocalAuthority authority) {
		return new HistoricAgreement(key,
				new DraftAgreement(authority.jurisdiction(), authority.code(), null, "", "", null, Set.of()), null,
				null, null, null);
	}

	private static ForeignPartner partner(Cells cells, Jurisdiction jurisdiction) {
		String name = cells.required("partnerName", 200);
		String city = cells.required("partnerCity", 120);
		String country = cells.required("partnerCountry", 2);
		if (country != null && !ISO_COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
			cells.problem("partnerCountry", "import.country", country);
		}
		PartnerKind kind = cells.code("partnerKind", PartnerKind.class);
		if (kind == PartnerKind.ORGANISATION && jurisdiction != null
				&& !LegalBasis.current(jurisdiction).allowsOrganisations()) {
			cells.problem("partnerKind", "import.organisation-not-allowed");
		}
		String email = cells.text("partnerEmail", 254);
		if (email != null && !email.matches("[^@\\s\\p{Cf}]+@[^@\\s\\p{Cf}]+\\.[^@\\s\\p{Cf}]+")) {
			cells.problem("partnerEmail", "import.email", email);
		}
		String language = cells.text("partnerLanguage", 3);
		if (language != null && !ISO_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
			cells.problem("partnerLanguage", "import.language", language);
		}
		String upperCountry = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		return new ForeignPartner(name, city, upperCountry, email,
				(language != null) ? language.toLowerCase(Locale.ROOT) : PartnerLanguages.of(upperCountry), kind);
	}

	private static Set<CooperationField> fields(Cells cells) {
		String text = cells.text("fields", 500);
		Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);
		if (text == null) {
			return fields;
		}
		for (String code : text.split("\\|")) {
			if (code.isBlank()) {
				continue;
			}
			try {
				fields.add(CooperationField.valueOf(code.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				cells.problem("fields", "import.unknown-code", code.strip(),
						String.join(", ", EnumSet.allOf(CooperationField.class).stream().map(Enum::name).toList()));
			}
		}
		return fields;
	}

	/**
	 * The text an agreement was concluded under when the record does not say: the one in
	 * force at its first act (in Tunisia, the procedure before the 2018 code for an older
	 * agreement).
	 */
	private static LegalBasis basisOf(Jurisdiction jurisdiction, HistoricAgreement.Dates dates) {
		return LegalBasis.onTheDay(jurisdiction, dates.firstAct());
	}

}
