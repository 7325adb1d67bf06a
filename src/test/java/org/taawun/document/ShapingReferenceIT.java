package org.taawun.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.taawun.document.PrintedGlyphs.Printed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic set as the reference sets it: the same words, in the same Amiri file, printed to
 * PDF by Taawun and by headless Chromium (which shapes with HarfBuzz), one word a page;
 * both PDFs must print the same glyphs at the same places. Chromium is asked not to kern,
 * as Taawun does not: Amiri's kerning opens gaps inside words that PDF readers take for
 * spaces. The words are the hard ones of a Maghreb document: letters without presentation
 * forms in Unicode (ڨ), Persian and Maghrebi letters, lam-alef and Amiri's ligatures,
 * stacked marks, the names of God and of the Prophet, and the words every act prints.
 */
class ShapingReferenceIT {

	static final List<String> WORDS = List.of("ڨالمة", "بوڨرة", "ڤالمة", "گ", "پاريس", "لا", "الاتفاقية", "إلا", "الله",
			"بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", "مُحَمَّد", "تَوْأَمَة", "بلدية", "للمرسوم", "الخبرات",
			"الجمهورية الجزائرية الديمقراطية الشعبية", "وزارة الداخلية والجماعات المحلية", "ولاية وهران",
			"المادة الأولى", "حرر بوهران في", "التعاون اللامركزي", "الشؤون الخارجية",
			"ممثلا برئيس المجلس الشعبي البلدي", "المرفقات", "بناء على",
			"يلتزم الطرفان بتبادل الخبرات، والتجارب؛ لماذا؟");

	/** Half a point at 20 points: the same place to the eye, whatever the rounding. */
	private static final float SAME_PLACE = 0.5f;

	@TempDir
	Path work;

	@Test
	void printsTheGlyphsChromiumPrintsWhereItPrintsThem() throws Exception {
		PrintedGlyphs ours = PrintedGlyphs.of(new HtmlToPdf().render(page("Amiri", "")), "Amiri");
		PrintedGlyphs chromium = PrintedGlyphs.of(chromium(page("Reference", """
				@font-face { font-family: 'Reference'; src: url('%s'); }
				""".formatted(Path.of("src/main/resources/fonts/Amiri-Regular.ttf").toAbsolutePath().toUri()))),
				"Amiri");

		assertThat(ours.pages()).hasSameSizeAs(WORDS);
		assertThat(chromium.pages()).hasSameSizeAs(WORDS);
		List<String> different = new ArrayList<>();
		for (int i = 0; i < WORDS.size(); i++) {
			List<Printed> mine = ours.pages().get(i);
			List<Printed> reference = chromium.pages().get(i);
			assertThat(mine).as(WORDS.get(i)).isNotEmpty();
			if (!samePrint(mine, reference)) {
				different.add(WORDS.get(i) + "\n  Taawun   " + mine + "\n  Chromium " + reference);
			}
		}
		assertThat(different).isEmpty();
	}

	private static boolean samePrint(List<Printed> mine, List<Printed> reference) {
		if (!mine.stream()
			.map(Printed::id)
			.sorted()
			.toList()
			.equals(reference.stream().map(Printed::id).sorted().toList())) {
			return false;
		}
		for (Printed glyph : mine) {
			boolean found = reference.stream()
				.anyMatch((other) -> other.id() == glyph.id() && Math.abs(other.x() - glyph.x()) <= SAME_PLACE
						&& Math.abs(other.y() - glyph.y()) <= SAME_PLACE);
			if (!found) {
				return false;
			}
		}
		return true;
	}

	private static String page(String family, String fontFace) {
		StringBuilder body = new StringBuilder();
		for (String word : WORDS) {
			body.append("<p>").append(word).append("</p>");
		}
		return """
				<html lang="ar" dir="rtl"><head><meta charset="utf-8"/><style>
				%s
				@page { size: A4; margin: 2cm; }
				body { font-family: '%s'; font-size: 20pt; font-kerning: none; }
				p { margin: 0; }
				p + p { page-break-before: always; }
				</style></head><body>%s</body></html>""".formatted(fontFace, family, body);
	}

	private byte[] chromium(String html) throws IOException, InterruptedException {
		Path source = Files.writeString(this.work.resolve("words.html"), html);
		Path pdf = this.work.resolve("words.pdf");
		Process chromium = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
				"--no-pdf-header-footer", "--print-to-pdf=" + pdf, source.toUri().toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("chromium.log").toFile())
			.start();
		assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(pdf).exists();
		return Files.readAllBytes(pdf);
	}

}
