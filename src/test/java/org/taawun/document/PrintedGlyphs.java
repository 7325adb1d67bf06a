package org.taawun.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The glyphs a PDF prints, page by page: each glyph's id in its font (the code of an
 * Identity-encoded font, which Taawun's and Chromium's PDFs both use) and where it sits,
 * in points from the first glyph printed on the page's baseline, whatever text the PDF
 * says it stands for.
 */
record PrintedGlyphs(List<List<Printed>> pages) {

	/**
	 * How far from the baseline a glyph is still on its line: Chromium also prints,
	 * clipped away, the marks of the page's neighbours.
	 */
	private static final float LINE = 50;

	record Printed(int id, float x, float y) {

	}

	static PrintedGlyphs of(byte[] pdf, String fontName) {
		List<List<Printed>> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper reader = new PDFTextStripper() {
				@Override
				protected void showGlyph(Matrix at, PDFont font, int code, Vector displacement) throws IOException {
					if (font.getName().contains(fontName)) {
						pages.get(pages.size() - 1).add(new Printed(code, at.getTranslateX(), at.getTranslateY()));
					}
					super.showGlyph(at, font, code, displacement);
				}
			};
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				pages.add(new ArrayList<>());
				reader.setStartPage(page);
				reader.setEndPage(page);
				reader.getText(document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PrintedGlyphs(pages.stream().map(PrintedGlyphs::fromItsStart).toList());
	}

	/**
	 * The page's glyphs left to right, placed from the leftmost glyph and the baseline
	 * (the height most glyphs share).
	 */
	private static List<Printed> fromItsStart(List<Printed> page) {
		if (page.isEmpty()) {
			return page;
		}
		float baseline = page.stream()
			.collect(Collectors.groupingBy((p) -> Math.round(p.y() * 10) / 10f, Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();
		List<Printed> line = page.stream().filter((p) -> Math.abs(p.y() - baseline) < LINE).toList();
		float left = (float) line.stream().mapToDouble(Printed::x).min().orElse(0);
		return line.stream()
			.map((p) -> new Printed(p.id(), p.x() - left, p.y() - baseline))
			.sorted(Comparator.comparingDouble(Printed::x).thenComparingInt(Printed::id))
			.toList();
	}

}
