package org.taawun.document;

/**
 * Turns the XHTML of a document into its PDF. An interface so that a benchmark can take
 * rendering out of a lifecycle and measure the rest.
 */
public interface PdfRenderer {

	/**
	 * Renders the XHTML; its {@code dir} attributes say which parts read right to left.
	 */
	byte[] render(String xhtml);

}
