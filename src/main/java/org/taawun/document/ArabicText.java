package org.taawun.document;

import java.util.function.UnaryOperator;
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
 * in an isolated {@code <span dir="ltr">}, after the text itself is escaped. A bracket
 * goes into a run only with its pair: {@code (DRI)} and {@code (Métropole de Lyon)} are
 * isolated whole, brackets included, and a bracket whose pair is Arabic stays outside,
 * where the bidi algorithm mirrors it. Templates call it as
 * {@code th:utext="${ar.text(value)}"}.
 */
@Component("ar")
public class ArabicText {

	private static final String LATIN = "0-9A-Za-z\\u00C0-\\u024F";

	private static final Pattern LTR_RUN = Pattern.compile("[(\\[]?[" + LATIN + "](?:[" + LATIN
			+ ".,/:'’@&()\\[\\]\\-–]" + "|\\s(?=[.,/:'’@&()\\[\\]\\-–]*\\s?[" + LATIN + "]))*");

	/** The text, escaped for HTML, with its left-to-right runs isolated. */
	public String text(Object value) {
		return isolate(value, "<span dir=\"ltr\" class=\"ltr\">", "</span>", ArabicText::escape);
	}

	/**
	 * The text as plain text, each left-to-right run between the bidi algorithm's own
	 * isolates (FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE): for a web page's text and
	 * its attributes and options, where no markup may go.
	 */
	public String isolates(Object value) {
		return isolate(value, "\u2068", "\u2069", UnaryOperator.identity());
	}

	private static String isolate(Object value, String open, String close, UnaryOperator<String> escape) {
		if (value == null) {
			return "";
		}
		String raw = value.toString();
		Matcher run = LTR_RUN.matcher(raw);
		StringBuilder out = new StringBuilder();
		int done = 0;
		while (done < raw.length() && run.find(done)) {
			int start = run.start();
			int end = balancedEnd(raw, start, run.end());
			while (end > start + 1 && ".,:;".indexOf(raw.charAt(end - 1)) >= 0) {
				// the sentence's own punctuation ends the Arabic sentence, not the number
				end--;
			}
			if (start < end && isOpening(raw.charAt(start)) && depthAfter(raw, start, end) > 0) {
				// an opening bracket whose pair is not in the run stays outside it
				start++;
			}
			out.append(escape.apply(raw.substring(done, start)))
				.append(open)
				.append(escape.apply(raw.substring(start, end)))
				.append(close);
			done = end;
		}
		return out.append(escape.apply(raw.substring(done))).toString();
	}

	/**
	 * Where the run ends once the closing brackets whose pair is not in it are left out.
	 */
	private static int balancedEnd(String text, int start, int end) {
		int depth = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isOpening(c)) {
				depth++;
			}
			else if (c == ')' || c == ']') {
				if (depth == 0) {
					return trimmed(text, start, i);
				}
				depth--;
			}
		}
		return end;
	}

	private static int depthAfter(String text, int start, int end) {
		int depth = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			depth += isOpening(c) ? 1 : (c == ')' || c == ']') ? -1 : 0;
		}
		return depth;
	}

	/** The end of the run before a position, its trailing spaces left out. */
	private static int trimmed(String text, int start, int end) {
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static boolean isOpening(char c) {
		return c == '(' || c == '[';
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
