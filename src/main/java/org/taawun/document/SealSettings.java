package org.taawun.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The electronic seal of issued documents ({@code taawun.documents.seal.*}).
 *
 * @param keystore a PKCS#12 file with the installation's key and certificate (and its
 * chain), as a certification authority issued them; none, the installation makes a
 * self-signed certificate on first start, which proves integrity but not identity
 * @param password the keystore's password
 * @param alias the key's alias in the keystore; none, its first key
 * @param name who seals, in the certificate made on first start
 */
@ConfigurationProperties("taawun.documents.seal")
public record SealSettings(String keystore, String password, String alias,
		@DefaultValue("Taawun – coopération décentralisée") String name) {

	boolean keystoreConfigured() {
		return this.keystore != null && !this.keystore.isBlank();
	}

}
