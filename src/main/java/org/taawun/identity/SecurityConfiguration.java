package org.taawun.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.server.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Our API authenticates with the directory's users over HTTP Basic and refuses as it
 * answers every error, with a problem in the caller's language. The engine's webapps and
 * REST API keep their own authentication filters, which check the same directory.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private final boolean overHttps;

	SecurityConfiguration(@Value("${taawun.mail.public-url}") String publicUrl) {
		this.overHttps = publicUrl.startsWith("https://");
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
			@Qualifier("apiRefusals") AccessDeniedHandler denied) throws Exception {
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
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.httpStrictTransportSecurity(this::strictTransport))
			.build();
	}

	/**
	 * The open register: read by anyone, without an account, cookie or form; nothing but
	 * our own stylesheet loads there, and no other site may frame it.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain openRegister(HttpSecurity http) throws Exception {
		return http.securityMatcher("/public", "/public/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; style-src 'self'; "
						+ "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.httpStrictTransportSecurity(this::strictTransport))
			.build();
	}

	/**
	 * The portal: pages for people, signed in with the same directory through a form, a
	 * session cookie and a CSRF token on every form. Only our own styles and scripts run.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain portalPages(HttpSecurity http, @Qualifier("portalRefusals") AccessDeniedHandler refused,
			@Qualifier("portalRefusals") AuthenticationSuccessHandler signedIn) throws Exception {
		return http.securityMatcher(PORTAL_PATHS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/portal/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				// back to a form whose session had ended, else to the page asked for
				.successHandler(signedIn)
				// back to the form with the login name typed, to type only the password
				// again
				.failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
						+ "/login?error&username="
						+ URLEncoder.encode(String.valueOf(request.getParameter("username")), StandardCharsets.UTF_8)
						+ ((failure instanceof DirectoryAuthenticationProvider.AccountWaitsException waits)
								? "&retryIn=" + waits.seconds() : ""))))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// a form sent after the session ended keeps what was typed for the next one
			.exceptionHandling((refusals) -> refusals.accessDeniedHandler(refused))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(this::strictTransport))
			.build();
	}

	/**
	 * Served over HTTPS ({@code PUBLIC_URL} starts with https), every answer tells
	 * browsers to come back over HTTPS only, also where TLS ends at a proxy in front of
	 * Taawun.
	 */
	private void strictTransport(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
		if (this.overHttps) {
			hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000);
		}
	}

	/**
	 * The portal's session cookie is not sent with requests other sites start (SameSite),
	 * not read by scripts (HttpOnly), and over HTTPS, not sent in clear (Secure).
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionCookie() {
		return (factory) -> {
			Session session = (factory instanceof AbstractServletWebServerFactory servlet) ? servlet.getSession()
					: new Session();
			session.getCookie().setHttpOnly(true);
			session.getCookie().setSameSite(Cookie.SameSite.LAX);
			session.getCookie().setSecure(this.overHttps);
			factory.setSession(session);
		};
	}

	private static final String[] PORTAL_PATHS = { "/", "/login", "/logout", "/tasks/**", "/agreements",
			"/agreements/**", "/agreements.csv", "/agreements.xlsx", "/agreements.pdf", "/dashboard", "/documents/**",
			"/authorities/**", "/imports", "/imports/**", "/networks", "/lessons", "/campaigns", "/campaigns/**",
			"/account", "/portal/**" };

	@Bean
	@Order(4)
	SecurityFilterChain rest(HttpSecurity http) throws Exception {

		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// the Camunda webapps protect themselves with their own CSRF filter
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
