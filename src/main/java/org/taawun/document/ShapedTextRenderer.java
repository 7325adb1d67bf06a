package org.taawun.document;

import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.FontResolverHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;

import org.taawun.document.ArabicGlyphs.Glyph;
import org.taawun.document.ArabicGlyphs.Weight;

/**
 * Measures and prints the runs {@link ShapedRuns} shaped: each glyph where HarfBuzz put
 * it. Glyphs that sit where the pen is go to the page together, as one string of the
 * font's glyph codes; a mark lifted onto its letter, or a glyph moved by the font's
 * positioning, is printed on its own at its place. Spaces move the pen by Amiri's space,
 * the same when a line is measured and when it is printed. Any other text is
 * openhtmltopdf's.
 */
final class ShapedTextRenderer extends PdfBoxTextRenderer {

	private static final float MEASURING_DELTA = 0.01f;

	private final ShapedRuns runs;

	private final ArabicGlyphs glyphs;

	ShapedTextRenderer(ShapedRuns runs, ArabicGlyphs glyphs) {
		this.runs = runs;
		this.glyphs = glyphs;
	}

	@Override
	public int getWidth(FontContext context, FSFont font, String text) {
		if (!this.runs.isShaped(text)) {
			return super.getWidth(context, font, text);
		}
		float width = 0;
		Weight weight = weight(font);
		for (int i = 0; i < text.length(); i++) {
			Glyph glyph = glyph(text.charAt(i));
			width += weight.advance(glyph.id()) + glyph.extra();
		}
		float result = width / ArabicGlyphs.EM * font.getSize2D();
		return (result - (float) Math.floor(result) < MEASURING_DELTA) ? (int) result : (int) Math.ceil(result);
	}

	@Override
	public void drawString(OutputDevice device, String text, float x, float y) {
		drawString(device, text, x, y, null);
	}

	@Override
	public void drawString(OutputDevice device, String text, float x, float y, JustificationInfo info) {
		if (!this.runs.isShaped(text)) {
			super.drawString(device, text, x, y, info);
			return;
		}
		FontSpecification font = ((AbstractOutputDevice) device).getFontSpecification();
		boolean bold = FontResolverHelper.convertWeightToInt(font.fontWeight) >= 600;
		ShapedLine line = new ShapedLine((PdfBoxOutputDevice) device, bold ? this.glyphs.bold : this.glyphs.regular,
				font.size / ArabicGlyphs.EM, x, y);
		for (int i = 0; i < text.length(); i++) {
			Glyph glyph = glyph(text.charAt(i));
			boolean space = this.runs.glyph(text.charAt(i)) == null;
			this.runs.notePrinted(glyph, bold);
			float adjust = (info == null) ? 0 : space ? info.getSpaceAdjust() : info.getNonSpaceAdjust();
			line.print(glyph, adjust);
		}
		line.end();
	}

	/** A glyph of a shaped run, or Amiri's space for a space between its words. */
	private Glyph glyph(char c) {
		Glyph glyph = this.runs.glyph(c);
		return (glyph != null) ? glyph : this.glyphs.space(c);
	}

	/** The weight of Amiri that prints in this font: its first Amiri face. */
	private Weight weight(FSFont font) {
		for (FontDescription face : ((PdfBoxFSFont) font).getFontDescriptions()) {
			if (HtmlToPdf.ARABIC_FONT.equals(face.getFamily())) {
				return (face.getWeight() >= 600) ? this.glyphs.bold : this.glyphs.regular;
			}
		}
		return this.glyphs.regular;
	}

}
