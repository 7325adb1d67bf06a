package org.taawun.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.taawun.document.PdfRenderer;

/**
 * Takes document rendering out of a lifecycle: every document is the same blank one-page
 * PDF, made once. Documents are still numbered, fingerprinted, stored and mailed. Not a
 * {@code @Configuration}, which the tests' component scan would pick up: the benchmark
 * adds it to its application by hand.
 */
class PlaceholderPdf {

	@Bean
	@Primary
	PdfRenderer placeholderRenderer() {
		byte[] page = blankPage();
		return (xhtml) -> page;
	}

	private static byte[] blankPage() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
