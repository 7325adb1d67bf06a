package org.taawun.party;

/**
 * A Maghreb local authority that can sign cooperation agreements.
 *
 * @param code stable lower-case identifier, used in group names and URLs ({@code gafsa})
 * @param province the wilaya (Algeria) or governorate (Tunisia) the authority belongs to
 * @param email where its partners reply to its mail; {@code null} when it has none
 */
public record LocalAuthority(String code, Jurisdiction jurisdiction, AuthorityKind kind, BilingualName name,
		Province province, String email) {

	/**
	 * The wilaya or governorate around a local authority; in Algeria its wali supervises.
	 */
	public record Province(String code, BilingualName name) {
	}

}
