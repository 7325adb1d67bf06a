package org.taawun.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database is unreachable, every request that needs it answers {@code 503} with
 * a problem in the user's language and a {@code Retry-After}, wherever it failed: signing
 * in, reading, or writing. Nothing was committed, so nothing is reported as done; the
 * connection pool reconnects by itself when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutage extends OncePerRequestFilter {

	private static final String RETRY_AFTER_SECONDS = "10";

	/** What the connection pool (HikariCP) answers on a connection it already closed. */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseOutage(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!causedByAnUnreachableDatabase(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, request.getRequestURI(), this.messages,
					this.locales.resolveLocale(request), "problem.database.title", "problem.database.detail");
		}
	}

	static boolean causedByAnUnreachableDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// a transaction whose connection broke fails again on rollback; what broke it
			// is kept aside
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causedByAnUnreachableDatabase(rollback.getApplicationException())) {
				return true;
			}
			// a commit cut off by the database leaves a closed connection to roll
			// back: the pool says so without an SQL state, and the commit's own
			// failure is only logged
			if (cause instanceof TransactionSystemException rollback && rollback.getCause() instanceof SQLException sql
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
				return true;
			}
		}
		return false;
	}

}
