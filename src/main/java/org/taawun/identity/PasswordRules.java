package org.taawun.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;

/**
 * What a password must be, as OWASP's authentication guidance puts it: long (twelve
 * characters at least, any characters, no rule of composition), not one of the passwords
 * leaked by earlier breaches nor a word, a name, a keyboard walk or a sequence easily
 * guessed (estimated by nbvcxz against its dictionaries: at least its score 3 of 4), and
 * not the account's own name. The engine holds every new password to these rules, by
 * whatever door it is set.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	private static final int MIN_SCORE = 3;

	private static final Nbvcxz ESTIMATOR = new Nbvcxz();

	private PasswordRules() {
	}

	/**
	 * What is wrong with the password for the user, as message keys of
	 * {@code i18n/messages}; empty when it may be used.
	 */
	public static List<String> problems(String userId, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password.too-short");
			return problems;
		}
		if (userId != null && !userId.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
			problems.add("password.contains-name");
		}
		if (ESTIMATOR.estimate(password).getBasicScore() < MIN_SCORE) {
			problems.add("password.guessable");
		}
		return problems;
	}

}
