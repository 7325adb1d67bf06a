package org.taawun.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.PasswordRules;
import org.taawun.identity.Passwords;

/**
 * Answers every error of our API as a problem detail in the caller's language (French
 * unless the request asks for Arabic), with one message per bad field under
 * {@code errors}.
 */
@RestControllerAdvice(basePackages = "org.taawun")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldViolation(error.getField(), error.getDefaultMessage()))
			.toList();
		return invalid(violations);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldViolation((error instanceof FieldError field) ? field.getField()
						: result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		return invalid(violations);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return invalid(List.of(new FieldViolation(jsonPath(mismatch), mismatchMessage(mismatch))));
		}
		String key = (ex.getCause() instanceof JsonProcessingException) ? "problem.body.malformed"
				: "problem.body.missing";
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", key);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = (ex.getRequiredType() != null && ex.getRequiredType().isEnum())
				? text("value.unknown-choice", choices(ex.getRequiredType())) : text("value.wrong-type");
		return invalid(List.of(new FieldViolation(ex.getName(), message)));
	}

	@ExceptionHandler(InvalidSubmissionException.class)
	ResponseEntity<Object> invalidSubmission(InvalidSubmissionException ex) {
		return invalid(ex.violations().stream().map((v) -> new FieldViolation(v.field(), v.message())).toList());
	}

	@ExceptionHandler(Passwords.PasswordRefusedException.class)
	ResponseEntity<Object> passwordRefused(Passwords.PasswordRefusedException ex) {
		return invalid(ex.messageKeys()
			.entrySet()
			.stream()
			.map((refused) -> new FieldViolation(refused.getKey(), text(refused.getValue(), PasswordRules.MIN_LENGTH)))
			.toList());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", "problem.conflict.detail");
	}

	/**
	 * What no other handler answers is our fault: logged with a reference the user can
	 * quote, answered without its details. An unreachable database is the outage filter's
	 * to answer (503).
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		if (DatabaseOutage.causedByAnUnreachableDatabase(ex)) {
			throw ex;
		}
		String reference = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
		log.error("Failure {} answering {}", reference, request.getDescription(false), ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				text("problem.unexpected.detail", reference));
		body.setTitle(text("problem.unexpected.title"));
		body.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(body);
	}

	private ResponseEntity<Object> invalid(List<FieldViolation> violations) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.invalid.detail", violations.size()));
		body.setTitle(text("problem.invalid.title"));
		body.setProperty("errors", violations);
		return ResponseEntity.badRequest().body(body);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, text(detailKey));
		body.setTitle(text(titleKey));
		return ResponseEntity.status(status).body(body);
	}

	private String mismatchMessage(MismatchedInputException mismatch) {
		Class<?> target = mismatch.getTargetType();
		if (mismatch instanceof InvalidFormatException && target != null && target.isEnum()) {
			return text("value.unknown-choice", choices(target));
		}
		return text("value.wrong-type");
	}

	private static String choices(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

	/**
	 * The path of the field in the request body, as {@code partner.country} or
	 * {@code fields[1]}.
	 */
	private static String jsonPath(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
