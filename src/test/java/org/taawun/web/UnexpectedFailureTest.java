package org.taawun.web;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failure of ours answers 500 as a problem in the caller's language, with a reference
 * to quote and none of its details.
 */
class UnexpectedFailureTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(advice()).build();

	@Test
	void answersAFailureOfOursAsAProblemInTheCallersLanguageWithoutItsDetails() throws Exception {
		this.mvc.perform(get("/api/failing").header("Accept-Language", "ar"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("خطأ غير متوقع"))
			.andExpect(jsonPath("$.reference").isNotEmpty())
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
		this.mvc.perform(get("/api/failing").header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.title").value("Erreur inattendue"));
	}

	private static ProblemDetailsAdvice advice() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ProblemDetailsAdvice advice = new ProblemDetailsAdvice(messages);
		advice.setMessageSource(messages);
		return advice;
	}

	@RestController
	static class Failing {

		@GetMapping("/api/failing")
		String fail() {
			throw new IllegalStateException("a secret of the server");
		}

	}

}
