package org.taawun.party;

/**
 * A Maghreb local authority that can sign cooperation agreements.
 *
 * @param code stable lower-case identifier, used in group names and URLs ({@code gafsa})
 * @param province the wilaya (Algeria), governorate (Tunisia) or prefecture or province
 * (Morocco) the authority belongs to
 * @param email where its partners reply to its mail; {@code null} when it has none
 * @param region the region above the province, which a Moroccan authority's letters name;
 * {@code null} elsewhere
 */
public record LocalAuthority(String code, Jurisdiction jurisdiction, AuthorityKind kind, BilingualName name,
		Province province, String email, BilingualName region) {

	/** An authority whose letters name no region. */
	public LocalAuthority(String code, Jurisdiction jurisdiction, AuthorityKind kind, BilingualName name,
			Province province, String email) {
		this(code, jurisdiction, kind, name, province, email, null);
	}

	/**
	 * The wilaya or governorate around a local authority; in Algeria its wali supervises.
	 */
	public record Province(String code, BilingualName name) {
	}

}
