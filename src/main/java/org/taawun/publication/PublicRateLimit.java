package org.taawun.publication;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import org.taawun.web.Problems;

/**
 * The open register answers each client ({@code taawun.public.requests-per-minute}
 * requests a minute, by address) and then asks it to wait (429, with how long): a crawler
 * cannot take the service from the people who work in it.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

	// beyond this many clients remembered, the windows of past minutes are forgotten
	private static final int CLIENTS_REMEMBERED = 10_000;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicRequestsPerClient(
			@Value("${taawun.public.requests-per-minute:120}") int perMinute, Clock clock, MessageSource messages,
			LocaleResolver locales) {
		Map<String, Window> windows = new ConcurrentHashMap<>();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long minute = clock.millis() / 60_000;
				if (windows.size() > CLIENTS_REMEMBERED) {
					windows.values().removeIf((window) -> window.minute() < minute);
				}
				Window window = windows.compute(request.getRemoteAddr(),
						(client, held) -> (held == null || held.minute() != minute) ? new Window(minute) : held);
				if (window.requests().incrementAndGet() > perMinute) {
					long seconds = 60 - (clock.millis() / 1000) % 60;
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
					Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, request.getRequestURI(), messages,
							locales.resolveLocale(request), "problem.too-many.title", "problem.too-many.detail",
							seconds);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/public", "/public/*");
		return registration;
	}

	private record Window(long minute, AtomicInteger requests) {

		Window(long minute) {
			this(minute, new AtomicInteger());
		}

	}

}
