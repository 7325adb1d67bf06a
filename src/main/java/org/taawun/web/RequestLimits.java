package org.taawun.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What a request may not be, answered as a problem in the user's language like every
 * other refusal: a body larger than {@code taawun.web.max-request-size}, or than
 * {@code taawun.imports.max-file-size} for a portfolio to import (413), or an address the
 * firewall refuses, such as an encoded slash meant to climb out of a path (400). Tomcat
 * lets encoded slashes through so that Spring Security's firewall, which answers in our
 * words, is the one to refuse them.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
		return (factory) -> factory
			.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
	}

	@Bean
	RequestRejectedHandler rejectedAddresses(MessageSource messages, LocaleResolver locales) {
		return (request, response, rejected) -> Problems.write(response, HttpStatus.BAD_REQUEST,
				request.getRequestURI(), messages, locales.resolveLocale(request), "problem.address.title",
				"problem.address.detail");
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OncePerRequestFilter requestSizeLimit(@Value("${taawun.web.max-request-size:1MB}") DataSize requestLimit,
			@Value("${taawun.imports.max-file-size:20MB}") DataSize importLimit, MessageSource messages,
			LocaleResolver locales) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				DataSize limit = isImport(request) ? importLimit : requestLimit;
				if (request.getContentLengthLong() > limit.toBytes()) {
					Locale locale = locales.resolveLocale(request);
					Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, request.getRequestURI(), messages, locale,
							"problem.too-large.title", "problem.too-large.detail", limit.toKilobytes());
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** A portfolio sent to import, through the API or the portal. */
	static boolean isImport(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && (path.equals("/api/imports") || path.equals("/imports"));
	}

}
