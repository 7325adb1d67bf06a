package org.taawun.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * A user changes their own password: they give the current one, and the new one passes
 * the {@link PasswordRules}.
 */
@Service
public class Passwords {

	private final Directory directory;

	Passwords(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Changes the account's password.
	 * @throws PasswordRefusedException with a message key per refused field
	 */
	public void change(Account account, String current, String next) {
		Map<String, String> refused = new LinkedHashMap<>();
		if (current == null || !this.directory.checkPassword(account.userId(), current)) {
			refused.put("currentPassword", "password.current-wrong");
		}
		PasswordRules.problems(account.userId(), next)
			.stream()
			.findFirst()
			.ifPresent((problem) -> refused.put("newPassword", problem));
		if (!refused.isEmpty()) {
			throw new PasswordRefusedException(refused);
		}
		this.directory.changePassword(account.userId(), next);
	}

	/** A password change refused, with a message key per field. */
	public static class PasswordRefusedException extends RuntimeException {

		private final Map<String, String> messageKeys;

		PasswordRefusedException(Map<String, String> messageKeys) {
			super("password change refused: " + messageKeys.keySet());
			this.messageKeys = Map.copyOf(messageKeys);
		}

		public Map<String, String> messageKeys() {
			return this.messageKeys;
		}

	}

}
