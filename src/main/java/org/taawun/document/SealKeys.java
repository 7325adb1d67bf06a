package org.taawun.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key documents are sealed with: from the configured keystore, or made once by the
 * installation and kept in its database, so that every node seals with the same.
 */
@Component
class SealKeys {

	private static final int ONLY = 1;

	private final SealSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Seal seal;

	SealKeys(SealSettings settings, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The key and its certificate chain, the signer's first. */
	Seal seal() {
		Seal known = this.seal;
		if (known == null) {
			known = this.settings.keystoreConfigured() ? fromKeystore() : fromDatabase();
			this.seal = known;
		}
		return known;
	}

	private Seal fromKeystore() {
		try (InputStream in = Files.newInputStream(Path.of(this.settings.keystore()))) {
			char[] password = (this.settings.password() != null) ? this.settings.password().toCharArray() : new char[0];
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String alias = (this.settings.alias() != null && !this.settings.alias().isBlank()) ? this.settings.alias()
					: store.aliases().nextElement();
			Certificate[] chain = store.getCertificateChain(alias);
			return new Seal((PrivateKey) store.getKey(alias, password),
					Arrays.stream(chain).map(X509Certificate.class::cast).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seal's keystore " + this.settings.keystore(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open the seal's keystore " + this.settings.keystore(), ex);
		}
	}

	private Seal fromDatabase() {
		Optional<Seal> kept = kept();
		if (kept.isPresent()) {
			return kept.get();
		}
		try {
			// an elliptic-curve key: made in milliseconds on first start, where RSA takes
			// seconds
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X509Certificate certificate = selfSigned(pair);
			// another node may have made one meanwhile: the first kept is the seal
			this.jdbc.sql("""
					insert into document_seal (id, private_key, certificate, created_at)
					select ?, ?, ?, ? where not exists (select 1 from document_seal where id = ?)""")
				.params(ONLY, pair.getPrivate().getEncoded(), certificate.getEncoded(),
						Timestamp.from(this.clock.instant()), ONLY)
				.update();
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot make the installation's seal", ex);
		}
		return kept().orElseThrow();
	}

	private Optional<Seal> kept() {
		return this.jdbc.sql("select private_key, certificate from document_seal where id = ?")
			.param(ONLY)
			.query((rs, row) -> {
				try {
					PrivateKey key = KeyFactory.getInstance("EC")
						.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key")));
					X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
						.generateCertificate(new ByteArrayInputStream(rs.getBytes("certificate")));
					return new Seal(key, List.of(certificate));
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("The installation's seal cannot be read", ex);
				}
			})
			.optional();
	}

	private X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, OperatorCreationException {
		var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, this.settings.name())
			.addRDN(BCStyle.O, "Taawun")
			.build();
		Instant now = this.clock.instant();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
				pair.getPublic());
		try {
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
	}

	/** A key and its certificate chain, the signer's first. */
	record Seal(PrivateKey key, List<X509Certificate> chain) {

		X509Certificate certificate() {
			return this.chain.get(0);
		}

		/** How the key signs: ECDSA or RSA, with SHA-256. */
		String algorithm() {
			return "SHA256with" + ("EC".equals(this.key.getAlgorithm()) ? "ECDSA" : this.key.getAlgorithm());
		}

	}

}
