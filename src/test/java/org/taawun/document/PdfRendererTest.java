package org.taawun.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hard cases of Arabic in a PDF, read back from the rendered file: numbers and
 * references inside Arabic, Latin names inside Arabic, lam-alef, the Maghrebi letters ڤ
 * and ڨ joined, the text layer as typed, punctuation kept with its word, and right
 * alignment.
 */
class PdfRendererTest {

	private final PdfRenderer renderer = new HtmlToPdf();

	private final ArabicText ar = new ArabicText();

	@Test
	void printsLegalReferencesInsideArabicExactlyAsWritten() {
		PdfReader pdf = render("المرسوم التنفيذي رقم 17-329 المؤرخ في 15 نوفمبر 2017",
				"مؤرخ في 15/11/2017 طبقا لأحكام المادة 40");

		List<List<TextPosition>> lines = pdf.lines();
		assertThat(PdfReader.printed(lines.get(0), "0123456789-")).isEqualTo("201715" + "17-329");
		assertThat(PdfReader.printed(lines.get(1), "0123456789/")).startsWith("40").endsWith("15/11/2017");
		assertThat(pdf.text()).contains("المرسوم التنفيذي رقم", "المادة");
	}

	@Test
	void keepsFrenchAndTurkishNamesWholeInsideArabic() {
		PdfReader pdf = render("الشريك: Communauté urbaine de Dunkerque وبلدية Selçuklu Belediyesi İlçe");

		assertThat(pdf.text()).contains("Communauté urbaine de Dunkerque", "Selçuklu Belediyesi İlçe", "الشريك");
	}

	@Test
	void keepsBracketsWithTheirWordsInPartnerNamesDelegationLinesAndReferences() {
		Map<String, List<String>> corpus = new LinkedHashMap<>();
		corpus.put("الشريك: Ville de Villeurbanne (Métropole de Lyon)",
				List.of("Ville de Villeurbanne (Métropole de Lyon)"));
		corpus.put("بين بلدية وهران و Ville de Villeurbanne (Métropole de Lyon)، وذلك",
				List.of("Ville de Villeurbanne (Métropole de Lyon)"));
		corpus.put("(Métropole de Lyon) Ville de Villeurbanne", List.of("(Métropole de Lyon) Ville de Villeurbanne"));
		corpus.put("2. Jean Dupont، Directeur de la coopération (DRI)",
				List.of("Directeur de la coopération (DRI)", "2. Jean Dupont"));
		corpus.put("مديرية (DRI) بالوزارة", List.of("(DRI)"));
		corpus.put("طبقا للمرسوم التنفيذي رقم 17-329 (2017) المؤرخ في 15/11/2017",
				List.of("15/11/2017", "17-329 (2017)"));
		corpus.put("المرجع GAFSA-2026-009 (الملحق 2)", List.of("GAFSA-2026-009"));
		for (var sample : corpus.entrySet()) {
			String visual = render(sample.getKey()).lines()
				.stream()
				.map((line) -> line.stream()
					.sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
					.map(TextPosition::getUnicode)
					.collect(Collectors.joining()))
				.collect(Collectors.joining("\n"));
			assertThat(visual).as(sample.getKey()).containsSubsequence(sample.getValue());
		}
	}

	@Test
	void mirrorsABracketAroundArabicWords() {
		String visual = render("المادة 1 (الهدف) من الاتفاقية").lines()
			.get(0)
			.stream()
			.sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
			.map(TextPosition::getUnicode)
			.collect(Collectors.joining());

		// read right to left: "(" first, then the word, then ")"; left to right on the
		// page, the glyph at the word's left is the closing bracket drawn as "("
		assertThat(visual).matches(".*\\([^()\\s]+\\) 1 .*");
	}

	@Test
	void joinsEveryLetterAndWritesTheLettersTypedIntoTheText() throws Exception {
		byte[] pdf = render("لا إله إلا الله", "ڤالمة", "ڨالمة", "بلدية بوڨرة", "الخبرات").bytes();

		// the text layer holds the letters typed, not presentation forms: found as typed
		String text = new PdfReader(pdf).rawText();
		assertThat(text).contains("لا إله إلا الله", "ڤالمة", "ڨالمة", "بلدية بوڨرة", "الخبرات");
		assertThat(text.codePoints().filter((c) -> c >= 0xFB50 && c <= 0xFEFF || c >= 0xE000 && c <= 0xF8FF)).isEmpty();
		assertThat(poppler(pdf)).contains("ڨالمة", "بلدية");
		// ڨ has no presentation forms in Unicode: HarfBuzz joins it through the font, so
		// its isolated glyph is never printed inside a word
		int isolatedQaf = new ArabicGlyphs(font("Amiri-Regular"), font("Amiri-Bold")).word("ڨ")
			.orElseThrow()
			.get(0)
			.id();
		assertThat(PrintedGlyphs.of(pdf, "Amiri").pages().get(0)).extracting(PrintedGlyphs.Printed::id)
			.doesNotContain(isolatedQaf);
		assertThat(new PdfReader(pdf).fontsNotEmbedded()).isEmpty();
		assertThat(new PdfReader(pdf).inkOnFirstPage()).isGreaterThan(0.001);
	}

	@Test
	void neverStartsALineWithArabicPunctuation() {
		String sentence = "يلتزم الطرفان بتبادل الخبرات ، والتجارب ؛ أين ؟ ";
		// a column a few words wide: a line could break at nearly every space
		PdfReader pdf = new PdfReader(this.renderer.render("""
				<html lang="ar" dir="rtl"><body style="font-family: 'Amiri'; font-size: 13pt">
				<p dir="rtl" style="width: 2.5cm">%s</p></body></html>""".formatted(sentence.repeat(6))));

		assertThat(pdf.lines()).hasSizeGreaterThan(5)
			.allSatisfy((line) -> assertThat(PdfReader.rightToLeft(line)).doesNotStartWith("،")
				.doesNotStartWith("؛")
				.doesNotStartWith("؟"));
	}

	@Test
	void breaksALongArabicClauseAcrossPagesWithoutLosingAWord() {
		String sentence = "يلتزم الطرفان بتبادل الخبرات في مجال التسيير البلدي طبقا للمادة 40 من المرسوم 17-329، ";
		String clause = "بداية البند " + sentence.repeat(90) + "نهاية البند";

		PdfReader pdf = render(clause);

		assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
		String text = pdf.flowingText();
		assertThat(text).contains("بداية البند", "نهاية البند");
		assertThat(text.split("التسيير البلدي", -1)).hasSize(91);
	}

	@Test
	void alignsArabicParagraphsToTheRight() {

		PdfReader pdf = render("بلدية قفصة");

		List<TextPosition> line = pdf.lines().get(0);
		float rightmost = (float) line.stream().mapToDouble((p) -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0);
		float leftmost = (float) line.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
		assertThat(rightmost).isGreaterThan(pdf.pageWidth() * 0.8f);
		assertThat(leftmost).isGreaterThan(pdf.pageWidth() / 2);
	}

	@Test
	void printsFingerprintsAndFrenchInTheLatinFontWithoutLigatures() {
		PdfReader pdf = new PdfReader(this.renderer.render("""
				<html><body><p style="font-family: 'Noto Serif'" dir="ltr">SHA-256 0ff1ffaffe,
				afin que l’office signe le texte officiel</p></body></html>"""));

		assertThat(pdf.text()).contains("0ff1ffaffe", "afin que l’office signe le texte officiel");
	}

	@Test
	void handsPdfboxFontsWhoseSubstitutionsAreHiddenAndKeepsEveryOtherTable() throws IOException {
		byte[] original = new ClassPathResource("fonts/Amiri-Regular.ttf").getContentAsByteArray();

		byte[] hidden = HtmlToPdf.withoutGlyphSubstitutions(original.clone());

		TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
		TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(hidden));
		assertThat(before.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
		assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
		assertThat(after.getTableMap()).hasSameSizeAs(before.getTableMap()).containsKey("gsub");
		assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
	}

	@Test
	void repeatsALongTablesHeaderOnEveryPageWhereverItsSectionWouldHaveStarted() throws IOException {
		String layout = new ClassPathResource("templates/documents/layout.html")
			.getContentAsString(StandardCharsets.UTF_8);
		String style = layout.substring(layout.indexOf("<style>"), layout.indexOf("</style>") + "</style>".length());
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= 60; i++) {
			rows.append("<tr><td>سارية المفعول</td><td class=\"ltr\">ORAN-2026-").append(i).append("</td></tr>");
		}
		// whatever precedes it, the section starts a page: a table carried to the next
		// page
		// with its header repeated breaks the renderer's tagging
		for (int above = 1; above <= 27; above += 2) {
			PdfReader pdf = new PdfReader(this.renderer.render("""
					<html lang="ar" dir="rtl"><head>%s</head><body><div style="height: %dcm">بداية</div>
					<h2 class="new-page">القسم</h2>
					<table class="register listing" dir="ltr"><thead><tr><th>الحالة</th><th>Référence</th></tr></thead>
					<tbody>%s</tbody></table></body></html>""".formatted(style, above, rows)));

			for (int page = 1; page <= pdf.pages(); page++) {
				int onPage = page;
				String printed = pdf.printedLeftToRight((p) -> p.page() == onPage);
				if (printed.contains("ORAN-2026-")) {
					assertThat(printed).as("page %d below %d cm", page, above).contains("Référence");
				}
			}
		}
	}

	private static byte[] font(String name) throws IOException {
		return new ClassPathResource("fonts/" + name + ".ttf").getContentAsByteArray();
	}

	private static String poppler(byte[] pdf) throws IOException, InterruptedException {
		Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-", "-").start();
		pdftotext.getOutputStream().write(pdf);
		pdftotext.getOutputStream().close();
		String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(pdftotext.waitFor()).isZero();
		return text;
	}

	private PdfReader render(String... paragraphs) {

		StringBuilder body = new StringBuilder();
		for (String paragraph : paragraphs) {
			body.append("<p dir=\"rtl\">").append(this.ar.text(paragraph)).append("</p>");
		}
		return new PdfReader(this.renderer.render("""
				<html lang="ar" dir="rtl"><head><style>
				body { font-family: 'Amiri', 'Noto Serif'; font-size: 13pt; }
				</style></head><body>%s</body></html>""".formatted(body)));
	}

}
