package org.taawun.portal;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * What a person typed in a form when their session had ended: the form they send comes
 * back without a session, so its token no longer matches. Instead of refusing it, the
 * portal keeps what was typed for the new session, asks them to sign in again in their
 * language, and takes them back to the page of the form, filled as they left it, for half
 * an hour. Files chosen in a form cannot be kept: a browser never sends them again.
 */
@Component("portalRefusals")
class KeptForms implements AccessDeniedHandler, AuthenticationSuccessHandler {

	private static final String KEPT = KeptForms.class.getName();

	private static final Duration KEPT_FOR = Duration.ofMinutes(30);

	private final AuthenticationSuccessHandler signedIn = savedRequestFirst();

	private final Clock clock;

	KeptForms(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || signedIn()
				|| !fromOurPage(request)) {
			// a form without its token in a live session, or sent from elsewhere: refused
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		if (request.getRequestURI().equals(request.getContextPath() + "/logout")) {
			// signing out of a session that had already ended
			response.sendRedirect(request.getContextPath() + "/login?logout");
			return;
		}
		Map<String, String[]> typed = new LinkedHashMap<>(request.getParameterMap());
		typed.remove("_csrf");
		String page = pageOf(request);
		request.getSession(true).setAttribute(KEPT, new Kept(page, Map.copyOf(typed), this.clock.instant()));
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/** After signing in: back to the form that was kept, else where Spring would go. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(KEPT) instanceof Kept kept && fresh(kept)) {
			response.sendRedirect(request.getContextPath() + kept.page());
			return;
		}
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * What was typed in the form of this page before the session ended, once: the page
	 * shows it and it is forgotten.
	 */
	Optional<Map<String, String[]>> takeFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(KEPT) instanceof Kept kept)) {
			return Optional.empty();
		}
		String here = request.getRequestURI().substring(request.getContextPath().length());
		if (!kept.page().equals(here)) {
			return Optional.empty();
		}
		session.removeAttribute(KEPT);
		return fresh(kept) ? Optional.of(kept.typed()) : Optional.empty();
	}

	private static boolean signedIn() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
	}

	/**
	 * Whether the browser says the form was on one of our pages (Origin, else Referer).
	 */
	private static boolean fromOurPage(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		String referer = request.getHeader("Referer");
		String from = (origin != null) ? origin : referer;
		if (from == null) {
			return false;
		}
		try {
			return request.getServerName().equals(URI.create(from).getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private boolean fresh(Kept kept) {
		return kept.at().plus(KEPT_FOR).isAfter(this.clock.instant());
	}

	/**
	 * The page the form was on: the address the browser came from, when it is one of
	 * ours; forms post to their own page or next to it.
	 */
	private static String pageOf(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI from = URI.create(referer);
				if (request.getServerName().equals(from.getHost()) && from.getPath() != null
						&& from.getPath().startsWith(request.getContextPath() + "/")) {
					return from.getPath().substring(request.getContextPath().length());
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address: the form's own
			}
		}
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static AuthenticationSuccessHandler savedRequestFirst() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	/** A form's typed values, the page it was on, and when. */
	private record Kept(String page, Map<String, String[]> typed, Instant at) implements Serializable {
	}

}
