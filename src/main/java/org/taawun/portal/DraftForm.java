package org.taawun.portal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;
import org.taawun.party.PartnerKind;

/**
 * The new-agreement page as posted: text only, so that a wrong value comes back to the
 * user as they typed it, with its message, rather than failing to bind.
 *
 * @param requestKey drawn when the page is shown: the same page posted twice (a double
 * click, a resent form) drafts one agreement
 * @param again {@code yes} when the person confirmed a second agreement like one they
 * drafted lately
 */
record DraftForm(String localAuthority, String instrument, String titleAr, String titleFr, String partnerName,
		String partnerCity, String partnerCountry, String partnerEmail, String partnerLanguage, String partnerKind,
		List<String> fields, String requestKey, String again) {

	DraftForm {
		fields = (fields != null) ? List.copyOf(fields) : List.of();
	}

	static DraftForm empty() {
		return new DraftForm(null, null, null, null, null, null, null, null, null, PartnerKind.LOCAL_AUTHORITY.name(),
				List.of(), UUID.randomUUID().toString(), null);
	}

	/**
	 * The form as it was posted, from its parameters: a form kept when a session ended.
	 */
	static DraftForm of(Map<String, String[]> posted) {
		return new DraftForm(first(posted, "localAuthority"), first(posted, "instrument"), first(posted, "titleAr"),
				first(posted, "titleFr"), first(posted, "partnerName"), first(posted, "partnerCity"),
				first(posted, "partnerCountry"), first(posted, "partnerEmail"), first(posted, "partnerLanguage"),
				first(posted, "partnerKind"), List.of(posted.getOrDefault("fields", new String[0])),
				Optional.ofNullable(first(posted, "requestKey")).orElseGet(() -> UUID.randomUUID().toString()),
				first(posted, "again"));
	}

	private static String first(Map<String, String[]> posted, String name) {
		String[] values = posted.get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	/** Whether the person confirmed drafting a second agreement like a recent one. */
	boolean confirmedAgain() {
		return "yes".equals(this.again);
	}

	/**
	 * The draft the form describes; the jurisdiction is the authority's own, so no one
	 * has to state it.
	 */
	DraftAgreement toDraft(LocalAuthority authority) {
		return new DraftAgreement((authority != null) ? authority.jurisdiction() : null, this.localAuthority,
				parse(Instrument.class, this.instrument), this.titleAr, this.titleFr,
				new ForeignPartner(this.partnerName, this.partnerCity, upper(this.partnerCountry), this.partnerEmail,
						lower(this.partnerLanguage), parse(PartnerKind.class, this.partnerKind)),
				chosenFields());
	}

	private Set<CooperationField> chosenFields() {
		Set<CooperationField> parsed = EnumSet.noneOf(CooperationField.class);
		this.fields.stream().map((name) -> parse(CooperationField.class, name)).forEach((field) -> {
			if (field != null) {
				parsed.add(field);
			}
		});
		return parsed;
	}

	/** The constant of that name, or null: the draft's validation then asks for one. */
	static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	private static String upper(String text) {
		return (text != null) ? text.strip().toUpperCase(java.util.Locale.ROOT) : null;
	}

	private static String lower(String text) {
		return (text != null) ? text.strip().toLowerCase(java.util.Locale.ROOT) : null;
	}

	static Jurisdiction[] jurisdictions() {
		return Jurisdiction.values();
	}

}
