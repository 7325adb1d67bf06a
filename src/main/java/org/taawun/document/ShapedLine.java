package org.taawun.document;

import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

import org.taawun.document.ArabicGlyphs.Glyph;
import org.taawun.document.ArabicGlyphs.Weight;

/**
 * The pen printing a shaped run, left to right. Glyphs that sit where the pen is are
 * printed together, as one string of the font's glyph codes; a mark lifted onto its
 * letter, or a glyph the font's positioning moves, is printed on its own at its place.
 * The glyphs of a cluster that are read together are marked with the letters they stand
 * for (ActualText), so that a reader copies the letter once.
 */
final class ShapedLine {

	private final PdfBoxOutputDevice pdf;

	private final Weight weight;

	private final float scale;

	private final float y;

	private final StringBuilder together = new StringBuilder();

	private float start;

	private float pen;

	private int clusterLeft;

	ShapedLine(PdfBoxOutputDevice pdf, Weight weight, float scale, float x, float y) {
		this.pdf = pdf;
		this.weight = weight;
		this.scale = scale;
		this.start = x;
		this.pen = x;
		this.y = y;
	}

	/** Prints a glyph, moved on by an adjustment the line's justification asks. */
	void print(Glyph glyph, float adjust) {
		if (glyph.span() > 1) {
			flush();
			COSDictionary properties = new COSDictionary();
			properties.setItem(COSName.ACTUAL_TEXT, new COSString(glyph.actual()));
			this.pdf.getCurrentPage().beginMarkedContent(COSName.getPDFName("Span"), properties);
			this.clusterLeft = glyph.span();
		}
		int code = ShapedCmap.GLYPHS + glyph.id();
		float advance = (this.weight.advance(glyph.id()) + glyph.extra()) * this.scale + adjust;
		if (glyph.inPlace() && adjust == 0) {
			this.together.appendCodePoint(code);
		}
		else {
			flush();
			this.pdf.drawString(Character.toString(code), this.pen + glyph.dx() * this.scale,
					this.y + glyph.dy() * this.scale, null);
			this.start = this.pen + advance;
		}
		this.pen += advance;
		if (this.clusterLeft > 0 && --this.clusterLeft == 0) {
			flush();
			this.pdf.getCurrentPage().endMarkedContent();
		}
	}

	void end() {
		flush();
	}

	private void flush() {
		if (!this.together.isEmpty()) {
			this.pdf.drawString(this.together.toString(), this.start, this.y, null);
			this.together.setLength(0);
		}
		this.start = this.pen;
	}

}
