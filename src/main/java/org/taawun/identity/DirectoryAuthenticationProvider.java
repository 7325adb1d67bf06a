package org.taawun.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks credentials against the directory, so our API knows the same users and passwords
 * as the Tasklist. The principal is the {@link Account}.
 */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	private final Directory directory;

	private final Clock clock;

	DirectoryAuthenticationProvider(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object password = authentication.getCredentials();
		// while the account waits after a refused password, even the right one is
		// refused:
		// say so, and for how long, rather than that the password is wrong
		Optional<Instant> until = this.directory.waitsUntil(userId).filter(this.clock.instant()::isBefore);
		if (until.isPresent()) {
			throw new AccountWaitsException(Duration.between(this.clock.instant(), until.get()));
		}
		if (password == null || !this.directory.checkPassword(userId, password.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		Account account = Account.of(userId, this.directory.groupsOf(userId));
		List<SimpleGrantedAuthority> authorities = account.memberships()
			.stream()
			.map((m) -> new SimpleGrantedAuthority("ROLE_" + m.role().name()))
			.distinct()
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
	}

	/** The account waits before its next attempt, for this long. */
	static final class AccountWaitsException extends LockedException {

		private final Duration wait;

		AccountWaitsException(Duration wait) {
			super("The account waits " + wait.toSeconds() + " s before its next attempt");
			this.wait = wait;
		}

		/** Whole seconds, rounded up: never "wait 0 seconds". */
		long seconds() {
			return Math.max(1, (this.wait.toMillis() + 999) / 1000);
		}

	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
