package org.taawun.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a rendered PDF back as a person and a machine would: its text in logical order,
 * where each glyph landed, its fonts, and its first page as an image.
 */
final class PdfReader {

	private final byte[] pdf;

	PdfReader(byte[] pdf) {
		this.pdf = pdf;
	}

	/** The file, as rendered. */
	byte[] bytes() {
		return this.pdf.clone();
	}

	/**
	 * The text, Arabic presentation forms folded back to letters, as PDFBox extracts it.
	 */
	String text() {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text exactly as PDFBox extracts it, nothing folded. */
	String rawText() {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A line's characters as read from the right, where an Arabic line starts. */
	static String rightToLeft(List<TextPosition> line) {
		return line.stream()
			.sorted(Comparator.comparingDouble((TextPosition p) -> p.getXDirAdj()).reversed())
			.map(TextPosition::getUnicode)
			.collect(Collectors.joining())
			.strip();
	}

	/**
	 * The text with line breaks and runs of spaces folded to one space, as a sentence
	 * reads.
	 */
	String flowingText() {
		return text().replaceAll("\\s+", " ");
	}

	int pages() {

		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The glyphs of each line of the first page, left to right as they are printed. */
	List<List<TextPosition>> lines() {
		Map<Integer, List<TextPosition>> byLine = new TreeMap<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					positions.forEach(
							(p) -> byLine.computeIfAbsent(Math.round(p.getYDirAdj()), (y) -> new ArrayList<>()).add(p));
				}
			};
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return byLine.values()
			.stream()
			.map((line) -> line.stream().sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).toList())
			.toList();
	}

	/** A character printed, on its page, from the page's top left corner. */
	record Printed(int page, float x, float y, float size, String text) {
	}

	/**
	 * The text of left-to-right lines as they are printed where a test looks, line by
	 * line from the top of each page, whatever order the PDF draws them in; runs of
	 * spaces folded.
	 */
	String printedLeftToRight(Predicate<Printed> where) {
		return printed().stream()
			.filter(where)
			.collect(Collectors.groupingBy((p) -> p.page() * 10_000 + Math.round(p.y()), TreeMap::new,
					Collectors.toList()))
			.values()
			.stream()
			.map((line) -> line.stream()
				.sorted(Comparator.comparingDouble(Printed::x))
				.map(Printed::text)
				.collect(Collectors.joining()))
			.collect(Collectors.joining(" "))
			.replaceAll("\\s+", " ");
	}

	/** Every character of every page, as PDFBox reads it. */
	List<Printed> printed() {
		List<Printed> printed = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				int onPage = page;
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void writeString(String text, List<TextPosition> positions) {
						positions.forEach((p) -> printed.add(new Printed(onPage, p.getXDirAdj(), p.getYDirAdj(),
								p.getFontSizeInPt(), p.getUnicode())));
					}
				};
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				stripper.getText(document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return printed;
	}

	/**
	 * The characters of a line that match, in the order they are printed from left to
	 * right.
	 */
	static String printed(List<TextPosition> line, String characters) {
		return line.stream()
			.map(TextPosition::getUnicode)
			.filter((c) -> characters.contains(c))
			.collect(Collectors.joining());
	}

	/**
	 * Where each line of the first page that carries Arabic letters ends them, as a
	 * fraction of the page's width from its left edge: right-aligned Arabic ends near 1.
	 */
	List<Double> arabicLineEnds() {
		return lines().stream()
			.map((line) -> line.stream()
				.filter((p) -> p.getUnicode().codePoints().anyMatch(PdfReader::isArabicLetter))
				.mapToDouble((p) -> (p.getXDirAdj() + p.getWidthDirAdj()) / pageWidth())
				.max())
			.filter(OptionalDouble::isPresent)
			.map(OptionalDouble::getAsDouble)
			.toList();
	}

	private static boolean isArabicLetter(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC && Character.isLetter(codePoint);
	}

	/** The fonts of every page that are not embedded. */

	List<String> fontsNotEmbedded() {
		List<String> missing = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (!font.isEmbedded()) {
						missing.add(font.getName());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return missing;
	}

	/** The share of the first page's pixels that are not white, rendered at 50 dpi. */
	double inkOnFirstPage() {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 50);
			long ink = 0;
			for (int x = 0; x < image.getWidth(); x++) {
				for (int y = 0; y < image.getHeight(); y++) {
					if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
						ink++;
					}
				}
			}
			return (double) ink / (image.getWidth() * image.getHeight());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	float pageWidth() {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return document.getPage(0).getMediaBox().getWidth();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
