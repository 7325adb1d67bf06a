package org.taawun.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML document into a PDF on Apache PDFBox, through openhtmltopdf. PDFBox
 * alone neither shapes Arabic nor orders mixed Arabic and Latin text: ICU4J's bidi
 * algorithm splits and reorders runs and breaks lines where Arabic allows, and each
 * right-to-left run is shaped by HarfBuzz ({@link ShapedRuns}) and printed glyph by glyph
 * where HarfBuzz put them ({@link ShapedTextRenderer}). The fonts are embedded as
 * subsets: Amiri for Arabic, Noto Serif for Latin scripts (French, Turkish).
 */
@Component
final class HtmlToPdf implements PdfRenderer {

	static final String ARABIC_FONT = "Amiri";

	static final String LATIN_FONT = "Noto Serif";

	static {
		XRLog.setLoggingEnabled(false);
	}

	private static final int GSUB = tag("GSUB");

	private static final int HIDDEN_GSUB = tag("gsub");

	/**
	 * The colours' profile, the output intent an archive reads them by: sRGB, from the
	 * JDK.
	 */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private static final String REGULAR = "fonts/Amiri-Regular.ttf";

	private static final String BOLD = "fonts/Amiri-Bold.ttf";

	private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

	/** Amiri as HarfBuzz shapes it, read on the first Arabic document. */
	private volatile ArabicGlyphs glyphs;

	/** The fonts' metrics, read from the first document and shared by the next ones. */
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	@Override
	public byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(SRGB);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);

		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		ShapedRuns runs = new ShapedRuns(glyphs());
		builder.useUnicodeBidiReorderer(runs);
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(java.util.Locale.forLanguageTag("ar")));
		builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
		font(builder, "fonts/NotoSerif-Regular.ttf", LATIN_FONT, 400);
		font(builder, "fonts/NotoSerif-Bold.ttf", LATIN_FONT, 700);
		builder.withHtmlContent(xhtml, null);
		try (PDDocument document = new PDDocument()) {
			builder.usePDDocument(document);
			PDType0Font regular = arabic(builder, document, runs, REGULAR, false);
			PDType0Font bold = arabic(builder, document, runs, BOLD, true);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.getSharedContext().setTextRenderer(new ShapedTextRenderer(runs, glyphs()));
				renderer.createPDFWithoutClosing();
				// the glyphs printed by their codes go into the embedded subsets, whose
				// ToUnicode maps then give the letters they stand for
				regular.addGlyphsToSubset(runs.printedGlyphs(false));
				bold.addGlyphsToSubset(runs.printedGlyphs(true));
				runs.donePrinting();
				document.save(out, CompressParameters.DEFAULT_COMPRESSION);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render a document", ex);
		}
		return out.toByteArray();
	}

	/**
	 * Amiri, loaded for this document with a character map through which the glyphs
	 * HarfBuzz chose are printed and the letters they stand for written in the PDF.
	 */
	private PDType0Font arabic(PdfRendererBuilder builder, PDDocument document, ShapedRuns runs, String path,
			boolean bold) {
		try {
			TrueTypeFont font = new TTFParser()
				.parse(new RandomAccessReadBuffer(this.fonts.computeIfAbsent(path, HtmlToPdf::read)));
			int[] ids = (bold ? glyphs().bold : glyphs().regular).ids();
			font.getCmap()
				.setCmaps(new CmapSubtable[] { new ShapedCmap(font.getUnicodeCmapLookup(), ids, runs, bold) });
			PDType0Font loaded = PDType0Font.load(document, font, true);
			builder.useFont(new PDFontSupplier(loaded), ARABIC_FONT, bold ? 700 : 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			return loaded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not load " + path, ex);
		}
	}

	private ArabicGlyphs glyphs() {
		ArabicGlyphs known = this.glyphs;
		if (known == null) {
			known = new ArabicGlyphs(original(REGULAR), original(BOLD));
			this.glyphs = known;
		}
		return known;
	}

	private static byte[] original(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing font " + path, ex);
		}
	}

	private void font(PdfRendererBuilder builder, String path, String family, int weight) {
		byte[] bytes = this.fonts.computeIfAbsent(path, HtmlToPdf::read);
		builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, BaseRendererBuilder.FontStyle.NORMAL,
				true);
	}

	/**
	 * Reads a font once: every document would otherwise read and parse the file again.
	 */
	private static byte[] read(String path) {
		return withoutGlyphSubstitutions(original(path));
	}

	private static int tag(String name) {
		return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
	}

	/**
	 * Hides the font's GSUB table from PDFBox by renaming its entry in the table
	 * directory. HarfBuzz has already chosen the glyphs to print; PDFBox 3 would
	 * substitute again for every run of text with a regular expression compiled per call,
	 * half the time of a convention, and its Latin ligatures (fi, fl) would also make the
	 * text harder to search. The embedded subsets never carried GSUB, so the PDF is
	 * unchanged; the JDK's HarfBuzz reads the font as shipped.
	 */
	static byte[] withoutGlyphSubstitutions(byte[] font) {
		ByteBuffer directory = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(directory.getShort(4));
		for (int entry = 12; entry < 12 + 16 * tables; entry += 16) {
			if (directory.getInt(entry) == GSUB) {
				directory.putInt(entry, HIDDEN_GSUB);
			}
		}
		return font;
	}

}
