package org.taawun.document;

/**
 * The documents of lifecycle.md §6, each rendered from its template under
 * {@code templates/documents/}.
 */
public enum DocumentKind {

	/** Initiative note, registered when the agreement is drafted (Arabic and French). */
	INITIATIVE_NOTE("initiative-note", "NI"),

	/**
	 * The convention as negotiated, watermarked as a draft (Arabic beside the partner's
	 * language).
	 */
	CONVENTION_DRAFT("convention", "PC"),

	/** The competent authority's approval (Arabic and French). */
	APPROVAL_DECISION("act", "DA"),

	/** A reasoned refusal (Arabic and French). */
	REFUSAL_DECISION("act", "DR"),

	/** The record of the signature (Arabic and French). */
	SIGNING_RECORD("act", "PS"),

	/** A visit's mission order (Arabic and French). */
	MISSION_ORDER("act", "OM"),

	/** A visit's mission report (Arabic and French). */
	MISSION_REPORT("act", "RM"),

	/**
	 * The extract accepting a foreign donation, approved by the wali (Arabic and French).
	 */
	DONATION_EXTRACT("act", "DH"),

	/** The annual evaluation report (Arabic and French). */
	EVALUATION_REPORT("act", "RA"),

	/** An amendment as signed (Arabic and French). */
	AMENDMENT_LETTER("act", "AV"),

	/** The letter of a renewal (Arabic and French). */
	RENEWAL_LETTER("act", "RN"),

	/** The notice of a termination (Arabic and French). */
	TERMINATION_NOTICE("act", "FN"),
	/** The notice to a partner already written to that the file is withdrawn. */
	WITHDRAWAL_NOTICE("act", "RT"),

	/** Extract of the council's deliberation (Arabic and French). */
	DELIBERATION_EXTRACT("deliberation-extract", "ED"),

	/**
	 * Letter referring the file to the wali, the Ministry of the Interior or Foreign
	 * Affairs (Arabic).
	 */
	REFERRAL_LETTER("referral-letter", "TR"),

	/**
	 * The convention as signed (Arabic beside the partner's language, equally authentic).
	 */
	CONVENTION("convention", "CV");

	private final String template;

	private final String code;

	DocumentKind(String template, String code) {
		this.template = template;
		this.code = code;
	}

	String template() {
		return "documents/" + this.template;
	}

	/** The short code in the document's number: {@code GAFSA-2026-001/NI-1}. */
	String code() {
		return this.code;
	}

}
