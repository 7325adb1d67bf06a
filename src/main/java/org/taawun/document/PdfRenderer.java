package org.taawun.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML document into a PDF on Apache PDFBox, through openhtmltopdf. PDFBox
 * alone neither shapes Arabic nor orders mixed Arabic and Latin text; openhtmltopdf's
 * ICU4J support does both: the Unicode bidi algorithm splits and reorders runs, ICU joins
 * the letters (lam-alef included) and breaks lines where Arabic allows. The fonts are
 * embedded as subsets: Amiri for Arabic, Noto Serif for Latin scripts (French, Turkish).
 */
@Component
public class PdfRenderer {

	static final String ARABIC_FONT = "Amiri";

	static final String LATIN_FONT = "Noto Serif";

	static {
		XRLog.setLoggingEnabled(false);
	}

	private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

	/**
	 * Renders the XHTML; its {@code dir} attributes say which parts read right to left.
	 */
	public byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(java.util.Locale.forLanguageTag("ar")));
		builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
		font(builder, "fonts/Amiri-Regular.ttf", ARABIC_FONT, 400);
		font(builder, "fonts/Amiri-Bold.ttf", ARABIC_FONT, 700);
		font(builder, "fonts/NotoSerif-Regular.ttf", LATIN_FONT, 400);
		font(builder, "fonts/NotoSerif-Bold.ttf", LATIN_FONT, 700);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render a document", ex);
		}
		return out.toByteArray();
	}

	private void font(PdfRendererBuilder builder, String path, String family, int weight) {
		byte[] bytes = this.fonts.computeIfAbsent(path, PdfRenderer::read);
		builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, BaseRendererBuilder.FontStyle.NORMAL,
				true);
	}

	/**
	 * Reads a font once: every document would otherwise read and parse the file again.
	 */
	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing font " + path, ex);
		}
	}

}
