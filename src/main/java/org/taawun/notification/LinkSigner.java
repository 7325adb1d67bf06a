package org.taawun.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs what a partner's link says (which link, for which agreement, to do what) with
 * HMAC-SHA256, so that a link cannot be altered into another one. The key is the setting
 * {@code taawun.mail.link-secret}, or one the installation makes once and keeps in its
 * database, so links survive a restart and work on every node.
 */
@Component
class LinkSigner {

	private static final String SECRET_NAME = "partner-links";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final MailSettings settings;

	private final JdbcClient jdbc;

	private volatile byte[] key;

	private final TransactionTemplate ownTransaction;

	LinkSigner(MailSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new random link id: 128 bits, as 22 URL-safe characters. */
	static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return BASE64.encodeToString(bytes);
	}

	String token(PartnerLink link) {
		return link.id() + "." + signature(link);
	}

	/** Whether the token's signature is the link's own. */
	boolean signs(String signature, PartnerLink link) {
		return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
				signature(link).getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(PartnerLink link) {
		// the expiry stays in the database, out of the partner's reach: the token need
		// not
		// carry it
		String signed = String.join("|", link.id(), String.valueOf(link.agreementId()), link.purpose().name());
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	private byte[] key() {
		if (this.key == null) {
			String configured = this.settings.linkSecret();
			this.key = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8)
					: Base64.getDecoder().decode(installationSecret());
		}
		return this.key;
	}

	/**
	 * The installation's own key: made by the first node that needs it, in a transaction
	 * of its own, and read by the others.
	 */
	private String installationSecret() {
		Optional<String> kept = kept();
		if (kept.isPresent()) {
			return kept.get();
		}
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		try {
			this.ownTransaction.executeWithoutResult(
					(status) -> this.jdbc.sql("insert into installation_secret (name, secret) values (?, ?)")
						.params(SECRET_NAME, Base64.getEncoder().encodeToString(fresh))
						.update());
		}
		catch (DuplicateKeyException ex) {
			// another node made it at the same moment: theirs is the key
		}
		return kept().orElseThrow();
	}

	private Optional<String> kept() {
		return this.jdbc.sql("select secret from installation_secret where name = ?")
			.param(SECRET_NAME)
			.query(String.class)
			.optional();
	}

}
