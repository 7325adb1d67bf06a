package org.taawun.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Arabic words shaped as HarfBuzz shapes them. The JDK lays text out with HarfBuzz
 * ({@link Font#layoutGlyphVector}); on the Amiri file the PDF embeds, that gives the
 * glyphs a word takes — every letter joined, ڨ included, which has no presentation form
 * in Unicode; the font's required ligatures; marks stacked — and where each one sits. A
 * glyph is named by its id in Amiri Regular; in bold text, Amiri Bold's glyph of the same
 * name stands for it. Words are shaped once per process.
 */
final class ArabicGlyphs {

	/** Positions and advances are in thousandths of the font's size, as in a PDF. */
	static final float EM = 1000f;

	/** Glyph ids the JDK gives characters that draw nothing (joiners, marks of order). */
	private static final int INVISIBLE = 0xFFFE;

	private static final int WORDS_KEPT = 50_000;

	static final char NO_BREAK_SPACE = '\u00A0';

	private final Font layout;

	private final FontRenderContext context = new FontRenderContext(null, false, true);

	private final CmapLookup letters;

	private final Map<String, Optional<List<Glyph>>> words = new ConcurrentHashMap<>();

	final Weight regular;

	final Weight bold;

	private final Glyph space;

	private final Glyph noBreakSpace;

	/**
	 * One glyph of a shaped word, in Amiri Regular's ids: how far it sits from where the
	 * pen would put it ({@code dx}, {@code dy}, downwards), how much further than its own
	 * advance it moves the pen, the letters it stands for, and, when it starts a cluster
	 * whose glyphs must be read together, how many they are and the letters they stand
	 * for.
	 */
	record Glyph(int id, float dx, float dy, float extra, String text, int span, String actual) {

		boolean inPlace() {
			return this.dx == 0 && this.dy == 0 && this.extra == 0;
		}

	}

	/** A weight of the font: its advances and its glyph for each of Amiri Regular's. */
	record Weight(float[] advances, int[] ids) {

		float advance(int regularId) {
			return this.advances[this.ids[regularId]];
		}

	}

	/** A space, or a no-break space, printed with Amiri's own glyph. */
	Glyph space(char space) {
		return (space == NO_BREAK_SPACE) ? this.noBreakSpace : this.space;
	}

	ArabicGlyphs(byte[] regularFont, byte[] boldFont) {
		try {
			// ligatures as browsers apply them by default. Amiri's kerning is left out:
			// it
			// opens gaps inside words (0.12 em between ر and a following ي) that PDF
			// readers
			// take for spaces, splitting the words a person searches and copies
			this.layout = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(regularFont))
				.deriveFont(Map.of(TextAttribute.SIZE, EM, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
			TrueTypeFont regularTtf = parse(regularFont);
			TrueTypeFont boldTtf = parse(boldFont);
			this.letters = regularTtf.getUnicodeCmapLookup();
			this.regular = weight(regularTtf, regularTtf);
			this.bold = weight(regularTtf, boldTtf);
			this.space = new Glyph(this.letters.getGlyphId(' '), 0, 0, 0, " ", 1, "");
			this.noBreakSpace = new Glyph(this.letters.getGlyphId(NO_BREAK_SPACE), 0, 0, 0, " ", 1, "");
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Amiri cannot be read for shaping", ex);
		}
	}

	/**
	 * The glyphs of a word, left to right as printed; empty when the font lacks one of
	 * its characters.
	 */
	Optional<List<Glyph>> word(String word) {
		Optional<List<Glyph>> known = this.words.get(word);
		if (known != null) {
			return known;
		}
		if (this.words.size() > WORDS_KEPT) {
			this.words.clear();
		}
		Optional<List<Glyph>> shaped = shape(word);
		this.words.put(word, shaped);
		return shaped;
	}

	private Optional<List<Glyph>> shape(String word) {
		char[] chars = word.toCharArray();
		GlyphVector vector = this.layout.layoutGlyphVector(this.context, chars, 0, chars.length,
				Font.LAYOUT_RIGHT_TO_LEFT | Font.LAYOUT_NO_START_CONTEXT | Font.LAYOUT_NO_LIMIT_CONTEXT);
		int count = vector.getNumGlyphs();
		int[] ids = vector.getGlyphCodes(0, count, null);
		int[] starts = vector.getGlyphCharIndices(0, count, null);
		float[] positions = vector.getGlyphPositions(0, count + 1, null);
		String[] texts = ClusterTexts.of(word, ids, starts, this.letters);
		List<Glyph> glyphs = new ArrayList<>(count);
		float pen = 0;
		for (int i = 0; i < count; i++) {
			if (ids[i] == 0) {
				return Optional.empty();
			}
			if (ids[i] >= INVISIBLE) {
				continue;
			}
			int span = cluster(ids, starts, texts, i);
			glyphs.add(new Glyph(ids[i], units(positions[2 * i] - pen), units(positions[2 * i + 1]), 0, texts[i], span,
					(span > 1) ? ClusterTexts.cluster(word, starts, starts[i]) : ""));
			pen += this.regular.advances()[ids[i]];
		}
		if (glyphs.isEmpty()) {
			return Optional.empty();
		}
		float extra = units(positions[2 * count] - pen);
		if (extra != 0) {
			Glyph last = glyphs.remove(glyphs.size() - 1);
			glyphs.add(new Glyph(last.id(), last.dx(), last.dy(), extra, last.text(), last.span(), last.actual()));
		}
		return Optional.of(List.copyOf(glyphs));
	}

	/**
	 * How many glyphs from this one on stand together for their cluster's letters, when
	 * this one starts a cluster of several glyphs of which one stands for no letter of
	 * its own (Amiri draws a medial خ in two): their text is written for all of them.
	 */
	private static int cluster(int[] ids, int[] starts, String[] texts, int first) {
		if (first > 0 && starts[first - 1] == starts[first]) {
			return 1;
		}
		int end = first;
		boolean silent = false;
		while (end < ids.length && starts[end] == starts[first]) {
			silent |= texts[end].isEmpty() && ids[end] < INVISIBLE;
			end++;
		}
		return (silent && end - first > 1) ? end - first : 1;
	}

	/** Whole thousandths: what a PDF prints, and what lets equal glyphs be shared. */
	private static float units(float position) {
		return Math.round(position);
	}

	private static Weight weight(TrueTypeFont regular, TrueTypeFont font) throws IOException {
		float scale = EM / font.getUnitsPerEm();
		float[] advances = new float[font.getNumberOfGlyphs()];
		for (int id = 0; id < advances.length; id++) {
			advances[id] = font.getAdvanceWidth(id) * scale;
		}
		int[] ids = new int[regular.getNumberOfGlyphs()];
		Map<String, Integer> byName = new HashMap<>();
		for (int id = 0; id < font.getNumberOfGlyphs(); id++) {
			byName.putIfAbsent(font.getPostScript().getName(id), id);
		}
		for (int id = 0; id < ids.length; id++) {
			ids[id] = sameGlyph(byName, regular.getPostScript().getName(id));
		}
		return new Weight(advances, ids);
	}

	/**
	 * The glyph of the same name, or of the nearest base name: a stylistic variant
	 * (uni0645.fina_PostTooth) that a weight lacks falls back to its plain form.
	 */
	private static int sameGlyph(Map<String, Integer> byName, String name) {
		String candidate = name;
		while (candidate != null) {
			Integer id = byName.get(candidate);
			if (id != null) {
				return id;
			}
			int cut = Math.max(candidate.lastIndexOf('_'), candidate.lastIndexOf('.'));
			candidate = (cut > 0) ? candidate.substring(0, cut) : null;
		}
		return 0;
	}

	private static TrueTypeFont parse(byte[] font) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
