package org.taawun.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import org.taawun.TaawunApplication;
import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * Measures, warm, the bilingual convention and the register of 200 agreements next to a
 * one-page PDFBox document with the same fonts, in one run; writes
 * {@code target/bench/documents.md}. Run with {@code ./mvnw -Pbench-documents verify}. A
 * benchmark, not a test: it asserts nothing.
 */
public final class DocumentBenchmark {

	private static final Logger log = LoggerFactory.getLogger(DocumentBenchmark.class);

	private static final int WARMUP = 15;

	private static final int RUNS = 31;

	private DocumentBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaawunApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench",
				"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=bench",
				"--logging.level.root=WARN")) {
			Agreements agreements = app.getBean(Agreements.class);
			Documents documents = app.getBean(Documents.class);
			RegisterPdf registers = app.getBean(RegisterPdf.class);
			Account secretary = Account.of("sec.gafsa", Set.of(Role.SECRETARIAT.group("gafsa")));
			List<Agreement> register = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				register.add(agreements.draft(draft(i), secretary));
			}
			long id = register.get(0).id();
			ActFacts facts = DocumentsIT.negotiated();
			Result baseline = measure(DocumentBenchmark::onePageBaseline);
			Result convention = measure(() -> {
				IssuedDocument document = documents.issue(id, DocumentKind.CONVENTION, "bench", "bench", facts,
						UUID.randomUUID().toString());
				return new byte[document.sizeBytes()];
			});
			Result registerPdf = measure(() -> registers.of("gafsa", Account.system()).orElseThrow());
			String table = """
					# Documents benchmark

					Warm medians over %d runs after %d warm-up runs, in one JVM (%s, %d cores).

					| What | Median | p90 | Size | Ratio to the one-page baseline |
					|---|---|---|---|---|
					| One-page PDFBox document, same fonts (baseline) | %.1f ms | %.1f ms | %d KB | 1.0 |
					| Bilingual convention, 16 clauses (Arabic + Turkish), issued and stored | %.1f ms | %.1f ms | %d KB | %.1f |
					| Register of 200 agreements | %.1f ms | %.1f ms | %d KB | %.1f |
					"""
				.formatted(RUNS, WARMUP, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
						baseline.median(), baseline.p90(), baseline.bytes() / 1024, convention.median(),
						convention.p90(), convention.bytes() / 1024, convention.median() / baseline.median(),
						registerPdf.median(), registerPdf.p90(), registerPdf.bytes() / 1024,
						registerPdf.median() / baseline.median());
			Path out = Path.of("target", "bench", "documents.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, table);
			log.warn("\n{}", table);
		}
	}

	private static DraftAgreement draft(int i) {
		return new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING,
				"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو رقم " + i, "Jumelage Gafsa – Selçuklu n° " + i,
				new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "dis.iliskiler@selcuklu.bel.tr", "tr"),
				Set.of(CooperationField.CULTURE, CooperationField.ECONOMY));
	}

	private static Result measure(Supplier<byte[]> work) {
		byte[] last = null;
		for (int i = 0; i < WARMUP; i++) {
			last = work.get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			last = work.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		return new Result(millis.get(RUNS / 2), millis.get((int) (RUNS * 0.9)), last.length);
	}

	/**
	 * A page of text in Amiri and Noto Serif, embedded as subsets, written with PDFBox
	 * alone.
	 */
	private static byte[] onePageBaseline() {
		try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font latin = PDType0Font.load(document, font("fonts/NotoSerif-Regular.ttf"));
			PDType0Font arabic = PDType0Font.load(document, font("fonts/Amiri-Regular.ttf"));
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(latin, 12);
				text.newLineAtOffset(72, 720);
				text.showText("Convention de coopération Gafsa – Selçuklu, décret 17-329");
				text.setFont(arabic, 12);
				text.newLineAtOffset(0, -20);
				text.showText("1234567890");
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream font(String path) throws IOException {
		return new ClassPathResource(path).getInputStream();
	}

	private record Result(double median, double p90, int bytes) {
	}

}
