package org.taawun.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's answer where none of its operations matched: an unknown address (404), a
 * method the address does not take (405, with {@code Allow}), a body or an answer in a
 * format it does not know (415, 406). These fail before any controller is chosen, so the
 * API's own advice does not see them; elsewhere (the portal, the engine) they are left to
 * their own pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiAddresses {

	private final MessageSource messages;

	ApiAddresses(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> unmatched(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			// the same exception, thrown again, goes on to the next resolver unremarked
			throw ex;
		}
		ErrorResponse error = (ErrorResponse) ex;
		ProblemDetail body = error.updateAndGetBody(this.messages, LocaleContextHolder.getLocale());
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(body);
	}

}
