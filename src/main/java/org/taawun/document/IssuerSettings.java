package org.taawun.document;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who signs the acts, by issuer ({@code taawun.documents.issuers.<code>.*}): an
 * authority's code ({@code oran}), a wilaya's office ({@code wilaya-oran}), or a ministry
 * ({@code ministry-interior-dz}, {@code ministry-interior-tn},
 * {@code foreign-affairs-tn}, {@code local-affairs-tn}). An issuer without settings signs
 * with its title only, the name written by hand, at its own name as place.
 */
@ConfigurationProperties("taawun.documents")
public record IssuerSettings(@DefaultValue Map<String, Signatory> issuers) {

	Signatory of(String code) {
		return this.issuers.getOrDefault(code, Signatory.NONE);
	}

	/** A signatory's name and the place the acts are made at, in both languages. */
	public record Signatory(String nameAr, String nameFr, String placeAr, String placeFr) {

		static final Signatory NONE = new Signatory(null, null, null, null);

	}

}
