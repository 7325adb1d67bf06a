package org.taawun.agreement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: without accents, Arabic short vowels, hamza seats or
 * tatweel, and in lower case, so that "Selcuklu" finds "Selçuklu" and "اسلامية" finds
 * "إسلاميّة". The register's database applies the same rule as the function
 * {@code search_fold} (V16: SQL on PostgreSQL, this method on H2).
 */
public final class SearchText {

	// the marks NFD separates from their letter: Latin accents, Arabic harakat and
	// hamza above or below, the superscript alef; and the tatweel, which only stretches
	private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f\\u064b-\\u065f\\u0670\\u0640]");

	private SearchText() {
	}

	/** The text folded for comparison; {@code null} stays {@code null}. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return bare.toLowerCase(Locale.ROOT).replace('ى', 'ي').replace('ة', 'ه').replace('ٱ', 'ا').replace('ı', 'i');
	}

	/**
	 * Words as a folded SQL {@code like} pattern that finds them anywhere, their own
	 * wildcards escaped (a query says {@code escape '\\'}).
	 */
	public static String likePattern(String words) {
		String escaped = fold(words.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * A condition for each word of the search (at most eight), all to be met: in the
	 * condition, {@code :word{0}} stands for the word's folded {@link #likePattern}, set
	 * in the parameters.
	 */
	public static List<String> eachWord(String condition, String words, Map<String, Object> params) {
		List<String> each = Arrays.stream(words.strip().split("\\s+")).filter((w) -> !w.isEmpty()).limit(8).toList();
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < each.size(); i++) {
			conditions.add("(" + condition.replace("{0}", String.valueOf(i)) + ")");
			params.put("word" + i, likePattern(each.get(i)));
		}
		return conditions;
	}

	/** Whether the words are found in the text, both folded. */
	public static boolean contains(String text, String words) {
		return text != null && fold(text).contains(fold(words.strip()));
	}

}
