package org.taawun.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a password must be: long, not easily guessed, not the account's own name. */
class PasswordRulesTest {

	@Test
	void refusesShortLeakedAndGuessablePasswordsAndTheAccountsName() {
		assertThat(PasswordRules.problems("sec.gafsa", "demo")).containsExactly("password.too-short");
		assertThat(PasswordRules.problems("sec.gafsa", "password1234")).containsExactly("password.guessable");
		assertThat(PasswordRules.problems("sec.gafsa", "qwertyuiop12")).containsExactly("password.guessable");
		assertThat(PasswordRules.problems("sec.gafsa", "111111111111")).containsExactly("password.guessable");
		assertThat(PasswordRules.problems("sec.gafsa", "sec.gafsa-Oasis-1920")).contains("password.contains-name");
	}

	@Test
	void acceptsALongPassphraseInAnyScript() {
		assertThat(PasswordRules.problems("sec.gafsa", "Trois-palmiers-et-un-puits")).isEmpty();
		assertThat(PasswordRules.problems("sec.oran", "نخلة في واحة قفصة")).isEmpty();
	}

}
