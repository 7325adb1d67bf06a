package org.taawun.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import org.springframework.stereotype.Component;

/**
 * Seals an issued PDF with the installation's key: a PAdES baseline B signature (CMS,
 * detached, with the signing certificate as a signed attribute and the signing time in
 * the signature dictionary), added as an incremental update, so that any PDF reader shows
 * whether the file was changed since it was issued.
 */
@Component
class DocumentSeal {

	private final SealKeys keys;

	private final Clock clock;

	DocumentSeal(SealKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	byte[] seal(byte[] pdf, String number) {
		SealKeys.Seal seal = this.keys.seal();
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(seal.certificate().getSubjectX500Principal().getName());
			signature.setReason("Taawun " + number);
			Calendar now = new GregorianCalendar(TimeZone.getTimeZone(this.clock.getZone()));
			now.setTimeInMillis(this.clock.millis());
			signature.setSignDate(now);
			options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
			document.addSignature(signature, (content) -> cms(content, seal), options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not seal " + number, ex);
		}
	}

	/** The CMS signature of what the signature covers, as PAdES baseline B asks. */
	private static byte[] cms(InputStream content, SealKeys.Seal seal) throws IOException {
		try {
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(seal.certificate().getEncoded());
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(
							new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash) }))));
			SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
				.build(new JcaContentSignerBuilder(seal.algorithm()).build(seal.key()), seal.certificate());
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signer);
			generator.addCertificates(new JcaCertStore(seal.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Could not sign", ex);
		}
	}

	/**
	 * The signed attributes without the signing time: PAdES puts it in the signature
	 * dictionary, and a baseline signature must not carry it twice.
	 */
	private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

		WithoutSigningTime(AttributeTable attributes) {
			super(attributes);
		}

		@Override
		@SuppressWarnings("rawtypes")
		protected Hashtable createStandardAttributeTable(Map parameters) {
			Hashtable table = super.createStandardAttributeTable(parameters);
			table.remove(CMSAttributes.signingTime);
			return table;
		}

	}

}
