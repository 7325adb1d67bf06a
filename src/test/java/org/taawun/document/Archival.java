package org.taawun.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
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

	private record Said(int exit, String output) {
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

	/**
	 * The one signature of the PDF, checked as a reader checks it: it covers the whole
	 * file but its own value, and its CMS verifies with the certificate it carries;
	 * {@code null} when any of that fails.
	 */
	static X509CertificateHolder sealedBy(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.size() != 1
					|| !PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signatures.get(0).getSubFilter())) {
				return null;
			}
			PDSignature signature = signatures.get(0);
			int[] range = signature.getByteRange();
			if (range[0] != 0 || range[2] + range[3] != pdf.length) {
				return null;
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
					&& signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null
					&& signer.getSignedAttributes().get(CMSAttributes.signingTime) == null;
			return valid ? certificate : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** What {@code qpdf --check} says of the file, when it is not clean. */
	static String qpdfCheck(byte[] pdf) {
		Said qpdf = run(pdf, "qpdf", "--check");
		return (qpdf.exit() == 0 && !qpdf.output().contains("WARNING")) ? "" : qpdf.output();
	}

	/** What poppler's {@code pdfsig} reads of the file's signatures. */
	static String pdfsig(byte[] pdf) {
		return run(pdf, "pdfsig").output();
	}

	private static Said run(byte[] pdf, String... command) {
		try {
			Path file = Files.createTempFile("taawun", ".pdf");
			try {
				Files.write(file, pdf);
				List<String> line = new ArrayList<>(List.of(command));
				line.add(file.toString());
				Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
				String said = new String(process.getInputStream().readAllBytes());
				process.waitFor(30, TimeUnit.SECONDS);
				return new Said(process.exitValue(), said);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					command[0] + " is one of the test tools (apt-get install qpdf poppler-utils)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
