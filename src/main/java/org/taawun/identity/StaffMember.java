package org.taawun.identity;

import java.util.List;
import java.util.Locale;

/**
 * A person of the staff as mail reaches them.
 *
 * @param email null when the directory knows none: such a person gets no mail
 * @param language {@code fr} or {@code ar}
 * @param dailyDigest one mail a day listing the notices, instead of one per notice
 */
public record StaffMember(String userId, String name, String email, String language, boolean dailyDigest) {

	/** The languages staff read mail in, the default first. */
	public static final List<String> LANGUAGES = List.of("fr", "ar");

	public boolean reachable() {
		return this.email != null;
	}

	/**
	 * The locale the person's mail is written in: Arabic with the Latin digits the
	 * Maghreb writes.
	 */
	public Locale locale() {
		return "ar".equals(this.language) ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.FRENCH;
	}

}
