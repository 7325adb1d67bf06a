package org.taawun.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's refusals before a request reaches it, as problems in the caller's language
 * like every other error: no or wrong credentials (401, with the HTTP Basic challenge), a
 * role that may not (403).
 */
@Component
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiRefusals(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Taawun\", charset=\"UTF-8\"");
		Problems.write(response, HttpStatus.UNAUTHORIZED, request.getRequestURI(), this.messages,
				this.locales.resolveLocale(request), "problem.unauthenticated.title", "problem.unauthenticated.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Problems.write(response, HttpStatus.FORBIDDEN, request.getRequestURI(), this.messages,
				this.locales.resolveLocale(request), "problem.forbidden.title", "problem.forbidden.detail");
	}

}
