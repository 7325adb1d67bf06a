package org.taawun.portal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.identity.Account;
import org.taawun.task.TaskNotFoundException;
import org.taawun.task.TaskTakenException;
import org.taawun.task.Tasks;

/**
 * Errors on the portal's pages answered as pages, in the user's language: the API answers
 * the same errors as problem details.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

	private final MessageSource messages;

	private final Tasks tasks;

	private final PortalView view;

	PortalErrors(MessageSource messages, Tasks tasks, PortalView view) {
		this.messages = messages;
		this.tasks = tasks;
		this.view = view;
	}

	/**
	 * The task was taken or finished meanwhile: back to my tasks, saying by whom. One's
	 * own work in another tab is not someone else's; nothing typed here was recorded.
	 */
	@ExceptionHandler(TaskTakenException.class)
	RedirectView taken(TaskTakenException ex, @AuthenticationPrincipal Account account, HttpServletRequest request,
			Locale locale) {
		Optional<String> by = this.tasks.completedBy(ex.taskId());
		boolean mine = account != null && by.filter(account.userId()::equals).isPresent();
		String message = mine ? this.messages.getMessage("portal.task.done-by-you", null, locale)
				: by.map((user) -> this.messages.getMessage("portal.task.done-by",
						new Object[] { this.view.personName(user) }, locale))
					.orElseGet(() -> this.messages.getMessage("portal.task.taken", null, locale));
		RequestContextUtils.getOutputFlashMap(request).put(mine ? "notice" : "warning", message);
		return new RedirectView("/", true);
	}

	@ExceptionHandler({ AgreementNotFoundException.class, TaskNotFoundException.class, PageNotFoundException.class,
			AccessDeniedException.class })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, "error.not-found");
	}

	/**
	 * A request the page cannot take (an id that is not a number, a missing parameter) is
	 * a page that does not exist; anything else is our fault, logged.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView other(Exception ex) {
		if (ex instanceof TypeMismatchException) {
			return page(HttpStatus.NOT_FOUND, "error.not-found");
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return page(HttpStatus.valueOf(response.getStatusCode().value()), "error.not-found");
		}
		log.error("A portal page failed", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.server");
	}

	static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("portal/error");
		page.setStatus(status);
		page.addObject("errorTitle", (status == HttpStatus.FORBIDDEN) ? "error.title.forbidden"
				: status.is4xxClientError() ? "error.title" : "error.title.server");
		page.addObject("errorMessage", message);
		return page;
	}

}
