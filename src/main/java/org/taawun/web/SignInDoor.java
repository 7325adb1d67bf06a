package org.taawun.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The places where a password is checked, and how each tells that it refused one: HTTP
 * Basic on our API and the engine REST API (401), the portal's sign-in form (back to the
 * form with {@code ?error}), the Camunda webapps' sign-in (a 4xx).
 */
enum SignInDoor {

	API, ENGINE_REST, PORTAL, WEBAPPS;

	private static final String WEBAPPS_LOGIN = "/camunda/api/admin/auth/user/default/login/";

	/** An attempt to sign in: who, from where, through which door. */
	record Attempt(SignInDoor door, String username, String address) {

		boolean failed(HttpServletResponse response) {
			return switch (this.door) {
				case API, ENGINE_REST -> response.getStatus() == HttpStatus.UNAUTHORIZED.value();
				case PORTAL -> String.valueOf(response.getHeader(HttpHeaders.LOCATION)).contains("/login?error");
				case WEBAPPS -> response.getStatus() >= 400;
			};
		}

	}

	/** The sign-in the request attempts, or null if it attempts none. */
	static Attempt of(HttpServletRequest request) {
		String path = request.getRequestURI();
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
				&& (path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
			return new Attempt(path.startsWith("/api/") ? API : ENGINE_REST, basicUser(authorization.substring(6)),
					request.getRemoteAddr());
		}
		if ("POST".equals(request.getMethod()) && (path.equals("/login") || path.startsWith(WEBAPPS_LOGIN))) {
			String username = request.getParameter("username");
			return new Attempt(path.equals("/login") ? PORTAL : WEBAPPS, (username != null) ? username : "",
					request.getRemoteAddr());
		}
		return null;
	}

	private static String basicUser(String encoded) {
		try {
			String credentials = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return (colon >= 0) ? credentials.substring(0, colon) : credentials;
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
