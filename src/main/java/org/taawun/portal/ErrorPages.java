package org.taawun.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser gets for an error no controller answered (an unknown address, a
 * method a page does not take, a refusal by a filter): the portal's own, in the reader's
 * language, instead of the server's default page in English. Clients that ask for JSON
 * still get JSON; the API answers problem details of its own.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		String message = switch (status) {
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "error.not-found";
			case FORBIDDEN -> "error.forbidden";
			case PAYLOAD_TOO_LARGE -> "error.too-large";
			default -> status.is4xxClientError() ? "error.not-found" : "error.server";
		};
		return PortalErrors.page(status, message);
	}

}
