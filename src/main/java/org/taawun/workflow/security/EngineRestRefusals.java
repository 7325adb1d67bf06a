package org.taawun.workflow.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;

import org.taawun.workflow.rules.RefusedVariablesException;

/**
 * The engine REST API answers refused variables as our API does: {@code 400
 * application/problem+json} with one message per field under {@code errors}, in the
 * caller's language. The problem also carries the engine's {@code message}, which the
 * Tasklist shows. Some resources wrap the refusal (completing a task, submitting its
 * form): it is unwrapped; every other failure keeps the engine's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestRefusals {

	@Bean
	ResourceConfigCustomizer engineRestRefusalMappers(MessageSource messages) {
		return (config) -> config.register(new Refused(messages)).register(new WrappedRefusal(messages));
	}

	static Response problem(RefusedVariablesException refusal, MessageSource messages) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage("problem.invalid.title", null, LocaleContextHolder.getLocale()));
		problem.put("status", Response.Status.BAD_REQUEST.getStatusCode());
		problem.put("detail", refusal.getMessage());
		problem.put("errors",
				refusal.violations().stream().map((v) -> Map.of("field", v.field(), "message", v.message())).toList());
		problem.put("message", refusal.getMessage());
		return Response.status(Response.Status.BAD_REQUEST)
			.type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.entity(problem)
			.build();
	}

	/** A refusal thrown as it is. */
	@Priority(1)
	static final class Refused implements ExceptionMapper<RefusedVariablesException> {

		private final MessageSource messages;

		Refused(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public Response toResponse(RefusedVariablesException refusal) {
			return problem(refusal, this.messages);
		}

	}

	/** A refusal a resource wrapped to say which task it could not complete. */
	@Priority(1)
	static final class WrappedRefusal implements ExtendedExceptionMapper<RestException> {

		private final MessageSource messages;

		WrappedRefusal(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public boolean isMappable(RestException exception) {
			return refusalIn(exception) != null;
		}

		@Override
		public Response toResponse(RestException exception) {
			return problem(refusalIn(exception), this.messages);
		}

		private static RefusedVariablesException refusalIn(Throwable exception) {
			for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof RefusedVariablesException refusal) {
					return refusal;
				}
			}
			return null;
		}

	}

}
