package org.taawun.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Prepares text for an Arabic paragraph of a document. openhtmltopdf splits a number such
 * as {@code 17-329} at its hyphen inside right-to-left text and prints {@code 329-17}; a
 * run that is isolated as left-to-right keeps its order. Every run of digits and Latin
 * letters (with the separators of dates, references and names between them, and the
 * spaces around a dash or a bracket, as in {@code GIZ – Coopération (2014)}) is wrapped
 * in an isolated {@code <span dir="ltr">}, after the text itself is escaped. Templates
 * call it as {@code th:utext="${ar.text(value)}"}.
 */
@Component("ar")
public class ArabicText {

	private static final Pattern LTR_RUN = Pattern
		.compile("[0-9A-Za-z\\u00C0-\\u024F](?:[0-9A-Za-z\\u00C0-\\u024F.,/:'’@&()\\-–]"
				+ "|\\s(?=[.,/:'’@&()\\-–]*\\s?[0-9A-Za-z\\u00C0-\\u024F]))*");

	/** The text, escaped for HTML, with its left-to-right runs isolated. */
	public String text(Object value) {
		if (value == null) {
			return "";
		}
		String raw = value.toString();
		Matcher run = LTR_RUN.matcher(raw);
		StringBuilder html = new StringBuilder();
		int done = 0;
		while (run.find()) {
			html.append(escape(raw.substring(done, run.start())))
				.append("<span dir=\"ltr\" class=\"ltr\">")
				.append(escape(run.group()))
				.append("</span>");
			done = run.end();
		}
		return html.append(escape(raw.substring(done))).toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
