package org.taawun.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.taawun.document.PdfRenderer;

/**
 * Takes document rendering out of a lifecycle: every document is the same one-page PDF,
 * rendered once. Documents are still numbered, fingerprinted, stored and mailed. Not a
 * {@code @Configuration}, which the tests' component scan would pick up: the benchmark
 * adds it to its application by hand.
 */
class PlaceholderPdf {

	@Bean
	@Primary
	PdfRenderer placeholderRenderer() {
		return new PdfRenderer() {

			private volatile byte[] page;

			@Override
			public byte[] render(String xhtml) {
				if (this.page == null) {
					this.page = super.render("<html><body><p>Taawun</p></body></html>");
				}
				return this.page;
			}

		};
	}

}
