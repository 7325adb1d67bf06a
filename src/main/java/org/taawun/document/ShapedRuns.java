package org.taawun.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

import org.taawun.document.ArabicGlyphs.Glyph;

/**
 * The right-to-left runs of one document, shaped by {@link ArabicGlyphs}. openhtmltopdf
 * shapes a run as text before it measures and breaks lines; here each glyph of the shaped
 * run becomes a character of the Private Use Area that stands for it in this document, so
 * that lines still break at spaces, and {@link ShapedTextRenderer} measures and prints
 * the glyphs where HarfBuzz put them. A space before "،", "؛" or "؟" becomes a no-break
 * space: a line never starts with them. A run the font cannot shape keeps ICU's shaping.
 */
final class ShapedRuns implements BidiReorderer {

	private static final char FIRST = '\uE000';

	private static final int CAPACITY = '\uF8FF' - FIRST + 1;

	/**
	 * What a glyph that stands for no letter of its own is written as, where a reader
	 * ignores the letters its cluster is marked with: a joiner, as the glyph joins.
	 */
	private static final String JOINER = "\u200D";

	private final ArabicGlyphs glyphs;

	private final BidiReorderer icu = new ICUBidiReorderer();

	private final List<Glyph> used = new ArrayList<>();

	private final Map<Glyph, Character> codes = new HashMap<>();

	/** What each glyph printed stands for, by its id in each weight. */
	private final Map<Integer, String> regularTexts = new HashMap<>();

	private final Map<Integer, String> boldTexts = new HashMap<>();

	/** The glyphs printed in each weight, by their id in that weight. */
	private final Set<Integer> regularPrinted = new HashSet<>();

	private final Set<Integer> boldPrinted = new HashSet<>();

	private boolean printing = true;

	ShapedRuns(ArabicGlyphs glyphs) {
		this.glyphs = glyphs;
	}

	@Override
	public String shapeText(String run) {
		StringBuilder shaped = new StringBuilder(run.length());
		int at = 0;
		while (at < run.length()) {
			char c = run.charAt(at);
			if (Character.isWhitespace(c) || c == ArabicGlyphs.NO_BREAK_SPACE) {
				shaped.append((c == ' ' && beforePunctuation(run, at + 1)) ? ArabicGlyphs.NO_BREAK_SPACE : c);
				at++;
				continue;
			}
			int end = at;
			while (end < run.length() && !Character.isWhitespace(run.charAt(end))
					&& run.charAt(end) != ArabicGlyphs.NO_BREAK_SPACE) {
				end++;
			}
			Optional<List<Glyph>> word = this.glyphs.word(run.substring(at, end));
			if (word.isEmpty() || !append(word.get(), shaped)) {
				return this.icu.shapeText(run);
			}
			at = end;
		}
		return shaped.toString();
	}

	/** The word's glyphs in the run's logical order, which the renderer reverses. */
	private boolean append(List<Glyph> word, StringBuilder shaped) {
		for (int i = word.size() - 1; i >= 0; i--) {
			Character code = code(word.get(i));
			if (code == null) {
				return false;
			}
			shaped.append(code.charValue());
		}
		return true;
	}

	private Character code(Glyph glyph) {
		Character code = this.codes.get(glyph);
		if (code == null && this.used.size() < CAPACITY) {
			code = (char) (FIRST + this.used.size());
			this.used.add(glyph);
			this.codes.put(glyph, code);
			String text = glyph.text().isEmpty() ? JOINER : glyph.text();
			this.regularTexts.putIfAbsent(glyph.id(), text);
			this.boldTexts.putIfAbsent(this.glyphs.bold.ids()[glyph.id()], text);
		}
		return code;
	}

	private static boolean beforePunctuation(String run, int at) {
		return at < run.length() && "،؛؟".indexOf(run.charAt(at)) >= 0;
	}

	/** The glyph a character of a shaped run stands for, or null for any other. */
	Glyph glyph(char c) {
		int index = c - FIRST;
		return (index >= 0 && index < this.used.size()) ? this.used.get(index) : null;
	}

	boolean isShaped(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (glyph(text.charAt(i)) != null) {
				return true;
			}
		}
		return false;
	}

	/** The letters a glyph printed in this document stands for, by its id in a weight. */
	String text(boolean bold, int id) {
		return (bold ? this.boldTexts : this.regularTexts).get(id);
	}

	/** Notes a glyph printed, which its weight's embedded subset must then carry. */
	void notePrinted(Glyph glyph, boolean bold) {
		if (bold) {
			this.boldPrinted.add(this.glyphs.bold.ids()[glyph.id()]);
		}
		else {
			this.regularPrinted.add(glyph.id());
		}
	}

	Set<Integer> printedGlyphs(boolean bold) {
		return bold ? this.boldPrinted : this.regularPrinted;
	}

	/**
	 * Whether glyphs are still being printed. Once the pages are drawn, the codes that
	 * printed them are no longer characters of the font: PDFBox would otherwise write
	 * them into the text of the PDF instead of the letters the glyphs stand for.
	 */
	boolean printing() {
		return this.printing;
	}

	void donePrinting() {
		this.printing = false;
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
	}

	@Override
	public String deshapeText(String text) {
		return this.icu.deshapeText(text);
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

}
