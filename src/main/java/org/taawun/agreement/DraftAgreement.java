package org.taawun.agreement;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * What a secretary gives to register a new agreement. The authority must exist and lie in
 * the jurisdiction given. The legal basis is optional: a historic Tunisian file may name
 * the procedure before the 2018 code.
 */
@KnownAuthority
public record DraftAgreement(@NotNull(message = "{jurisdiction.required}") Jurisdiction jurisdiction,
		@NotBlank(message = "{localAuthority.required}") @Size(max = 40,
				message = "{text.too-long}") String localAuthority,
		@NotNull(message = "{instrument.required}") Instrument instrument,
		@NotBlank(message = "{title.required}") @Size(max = 500, message = "{text.too-long}") String titleAr,
		@NotBlank(message = "{title.required}") @Size(max = 500, message = "{text.too-long}") String titleFr,
		@NotNull(message = "{partner.required}") @Valid ForeignPartner partner,
		@NotEmpty(message = "{fields.required}") Set<@NotNull(message = "{fields.required}") CooperationField> fields,
		LegalBasis legalBasis) {

	/** A draft under the current text of its jurisdiction. */
	public DraftAgreement(Jurisdiction jurisdiction, String localAuthority, Instrument instrument, String titleAr,
			String titleFr, ForeignPartner partner, Set<CooperationField> fields) {
		this(jurisdiction, localAuthority, instrument, titleAr, titleFr, partner, fields, null);
	}

	/** The text the agreement is concluded under: the one given, or the current one. */
	public LegalBasis basis() {
		return (this.legalBasis != null) ? this.legalBasis : LegalBasis.current(this.jurisdiction);
	}

}
