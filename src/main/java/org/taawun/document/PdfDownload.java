package org.taawun.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A PDF answered as a file to save, under its name; a name that is not ASCII is given as
 * RFC 6266 asks, so that browsers keep its Arabic letters.
 */
public final class PdfDownload {

	private PdfDownload() {
	}

	public static ResponseEntity<byte[]> of(String filename, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
