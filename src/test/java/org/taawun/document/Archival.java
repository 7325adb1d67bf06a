package org.taawun.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Independent checks of a PDF as an archive keeps it: veraPDF for PDF/A-2u and PDF/UA-1,
 * and qpdf for the file's structure.
 */
final class Archival {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private Archival() {
	}

	/** The rules of the flavour the PDF breaks, each once, with veraPDF's words. */
	static List<String> broken(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
			ValidationResult result = validator.validate(parser);
			TreeSet<String> broken = new TreeSet<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					broken.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
							+ assertion.getMessage());
				}
			}
			return List.copyOf(broken);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read the PDF", ex);
		}
	}

	/** What {@code qpdf --check} says of the file, when it is not clean. */
	static String qpdfCheck(byte[] pdf) {
		try {
			Path file = Files.createTempFile("taawun", ".pdf");
			try {
				Files.write(file, pdf);
				Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
				String said = new String(qpdf.getInputStream().readAllBytes());
				qpdf.waitFor(30, TimeUnit.SECONDS);
				return (qpdf.exitValue() == 0 && !said.contains("WARNING")) ? "" : said;
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("qpdf is part of the test tools (apt-get install qpdf)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
