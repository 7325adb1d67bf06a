package org.taawun.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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

	DirectoryAuthenticationProvider(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object password = authentication.getCredentials();
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

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
