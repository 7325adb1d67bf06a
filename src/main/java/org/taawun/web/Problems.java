package org.taawun.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Writes a problem where no controller answers: in filters, before a request reaches the
 * application.
 */
public final class Problems {

	// as Spring writes a problem: its extra properties at the top, none when there are
	// none
	private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class,
			ProblemDetailJacksonMixin.class);

	private Problems() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String instance, MessageSource messages,
			Locale locale, String titleKey, String detailKey, Object... arguments) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailKey, arguments, locale));
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setInstance(java.net.URI.create(instance.replaceAll("[^A-Za-z0-9/._-]", "")));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
