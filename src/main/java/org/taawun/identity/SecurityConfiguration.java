package org.taawun.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Our API authenticates with the directory's users over HTTP Basic and refuses as it
 * answers every error, with a problem in the caller's language. The engine's webapps and
 * REST API keep their own authentication filters, which check the same directory.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler denied)
			throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/documents/verify/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName("Taawun").authenticationEntryPoint(unauthenticated))
			.exceptionHandling(
					(refusals) -> refusals.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// a stateless API with HTTP Basic has no session cookie to forge
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/**
	 * The page a partner's link opens. The link is the partner's only credential, so a
	 * forged request would need the link itself: no CSRF token is asked. Nothing but our
	 * own page may run or frame there.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain partnerPages(HttpSecurity http) throws Exception {
		return http.securityMatcher("/partner/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
								+ "base-uri 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	/**
	 * The portal: pages for people, signed in with the same directory through a form, a
	 * session cookie and a CSRF token on every form. Only our own styles and scripts run.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain portalPages(HttpSecurity http) throws Exception {
		return http.securityMatcher(PORTAL_PATHS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/portal/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static final String[] PORTAL_PATHS = { "/", "/login", "/logout", "/tasks/**", "/agreements",
			"/agreements/**", "/agreements.csv", "/dashboard", "/documents/**", "/authorities/**", "/portal/**" };

	@Bean
	@Order(4)
	SecurityFilterChain rest(HttpSecurity http) throws Exception {

		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// the Camunda webapps protect themselves with their own CSRF filter
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
