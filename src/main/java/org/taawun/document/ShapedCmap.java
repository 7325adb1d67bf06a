package org.taawun.document;

import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;

/**
 * The character map PDFBox reads an Amiri weight through, in one document. Besides the
 * font's own map, it gives a code for each glyph ({@link #GLYPHS} + its id in Amiri
 * Regular), by which {@link ShapedTextRenderer} prints the glyphs HarfBuzz chose; and it
 * tells PDFBox, as it writes the embedded font's ToUnicode map, the letters each of those
 * glyphs stands for, so that the text of the PDF is searched and copied as it was typed.
 * A glyph for two letters that Unicode also names as one (lam-alef) is given that
 * presentation form, which readers fold back to both letters.
 */
final class ShapedCmap extends CmapSubtable {

	/** The first code of the glyphs, in the Supplementary Private Use Area-A. */
	static final int GLYPHS = 0xF0000;

	private static final ArabicShaping PRESENTATION = new ArabicShaping(
			ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

	private final CmapLookup own;

	private final int[] ids;

	private final ShapedRuns runs;

	private final boolean bold;

	ShapedCmap(CmapLookup own, int[] ids, ShapedRuns runs, boolean bold) {
		this.own = own;
		this.ids = ids;
		this.runs = runs;
		this.bold = bold;
		setPlatformId(CmapTable.PLATFORM_WINDOWS);
		setPlatformEncodingId(CmapTable.ENCODING_WIN_UNICODE_FULL);
	}

	@Override
	public int getGlyphId(int code) {
		int regularId = code - GLYPHS;
		if (regularId >= 0 && regularId < this.ids.length) {
			return this.runs.printing() ? this.ids[regularId] : 0;
		}
		return this.own.getGlyphId(code);
	}

	@Override
	public List<Integer> getCharCodes(int id) {
		List<Integer> codes = this.own.getCharCodes(id);
		if (codes != null) {
			return codes;
		}
		String text = this.runs.text(this.bold, id);
		if (text == null) {
			return null;
		}
		return List.of(oneCharacter(text).codePointAt(0));
	}

	private static String oneCharacter(String text) {
		if (text.codePointCount(0, text.length()) == 1) {
			return text;
		}
		try {
			String form = PRESENTATION.shape(text);
			return (form.codePointCount(0, form.length()) == 1) ? form : text;
		}
		catch (ArabicShapingException ex) {
			return text;
		}
	}

}
