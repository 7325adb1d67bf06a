package org.taawun.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import org.taawun.identity.SignInFailures;

/**
 * Slows down whoever guesses passwords, at every door where one is checked (see
 * {@link SignInDoor}), without ever locking anyone out for good. Per account, the engine
 * makes the next attempt wait after each failure (3 s, doubling, at most a minute). Per
 * client address, this filter counts failures: past
 * {@code taawun.sign-in.address-failures} within {@code address-window}, the address
 * waits before each attempt (a minute, doubling, at most {@code address-longest-wait})
 * and is answered 429 with {@code Retry-After}, its password not even checked. A failure
 * is recorded for the administrator ({@link SignInFailures}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SignInGuard extends OncePerRequestFilter {

	private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

	private final SignInSettings settings;

	private final SignInFailures failures;

	private final MessageSource messages;

	private final LocaleResolver locales;

	/**
	 * A wait is counted in real seconds, whatever day the legal calendar (the engine's
	 * clock, which tests move) says it is.
	 */
	private final Clock clock = Clock.systemUTC();

	SignInGuard(SignInSettings settings, SignInFailures failures, MessageSource messages, LocaleResolver locales) {
		this.settings = settings;
		this.failures = failures;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignInDoor.Attempt attempt = SignInDoor.of(request);
		if (attempt == null) {
			chain.doFilter(request, response);
			return;
		}
		Instant now = this.clock.instant();
		Failures before = this.byAddress.get(attempt.address());
		Duration wait = (before != null) ? before.waitAt(now) : Duration.ZERO;
		if (!wait.isZero()) {
			refuse(attempt, request, response, wait);
			return;
		}
		chain.doFilter(request, response);
		if (attempt.failed(response)) {
			this.byAddress.merge(attempt.address(), Failures.first(now),
					(known, first) -> known.after(now, this.settings));
			this.failures.record(attempt.username(), attempt.address(), attempt.door().name());
			if (this.byAddress.size() > 10_000) {
				this.byAddress.values().removeIf((known) -> known.stale(now, this.settings));
			}
		}
	}

	private void refuse(SignInDoor.Attempt attempt, HttpServletRequest request, HttpServletResponse response,
			Duration wait) throws IOException {
		long seconds = Math.max(1, wait.toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (attempt.door() == SignInDoor.PORTAL) {
			response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds + "&username="
					+ URLEncoder.encode(attempt.username(), StandardCharsets.UTF_8));
			return;
		}
		Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, request.getRequestURI(), this.messages,
				this.locales.resolveLocale(request), "problem.slow-down.title", "problem.slow-down.detail", seconds);
	}

	/**
	 * The failures of an address within the current window, and when it may try again.
	 */
	private record Failures(int count, Instant since, Instant nextAttempt) {

		static Failures first(Instant now) {
			return new Failures(1, now, now);
		}

		Failures after(Instant now, SignInSettings settings) {
			if (stale(now, settings)) {
				return first(now);
			}
			int count = this.count + 1;
			int beyond = count - settings.addressFailures();
			if (beyond < 0) {
				return new Failures(count, this.since, now);
			}
			Duration wait = settings.addressFirstWait().multipliedBy(1L << Math.min(beyond, 20));
			return new Failures(count, this.since,
					now.plus(wait.compareTo(settings.addressLongestWait()) < 0 ? wait : settings.addressLongestWait()));
		}

		Duration waitAt(Instant now) {
			return now.isBefore(this.nextAttempt) ? Duration.between(now, this.nextAttempt) : Duration.ZERO;
		}

		boolean stale(Instant now, SignInSettings settings) {
			return !now.isBefore(this.since.plus(settings.addressWindow())) && !now.isBefore(this.nextAttempt);
		}

	}

}
