package org.taawun.agreement;

import org.taawun.party.Jurisdiction;

/**
 * Filters on the register; a null filter is not applied.
 *
 * @param province the code of the wilaya or governorate of the authority
 * @param country the partner's country, ISO 3166-1 alpha-2
 * @param field a field of cooperation the agreement covers
 * @param year the year the agreement was signed
 * @param text words each found, anywhere, in the reference, either title, the partner's
 * name or its city
 */
public record AgreementQuery(AgreementState state, String localAuthority, String province, String country,
		Jurisdiction jurisdiction, CooperationField field, Instrument instrument, Integer year, String text, int page,
		int size) {

	/**
	 * The deepest page one may ask for: a million agreements, two hundred a page, and
	 * some room. Beyond, a page number is a mistake, not a place in the register.
	 */
	public static final int LAST_PAGE = 100_000;

	public AgreementQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The whole register of what the viewer may see, a page at a time. */
	public static AgreementQuery all(int page, int size) {
		return new AgreementQuery(null, null, null, null, null, null, null, null, null, page, size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** The same filters on another page. */
	public AgreementQuery page(int page) {
		return new AgreementQuery(this.state, this.localAuthority, this.province, this.country, this.jurisdiction,
				this.field, this.instrument, this.year, this.text, page, this.size);
	}

	/** The same filters, the first page of the size. */
	public AgreementQuery first(int size) {
		return new AgreementQuery(this.state, this.localAuthority, this.province, this.country, this.jurisdiction,
				this.field, this.instrument, this.year, this.text, 0, size);
	}

}
