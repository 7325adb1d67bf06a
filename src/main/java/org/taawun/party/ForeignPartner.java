package org.taawun.party;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The foreign local authority or organisation on the other side of an agreement. It has
 * no account: it is reached by email, in its own language. A new draft needs its address;
 * a record brought in from a portfolio may have none.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param language ISO 639-1 code of the language the partner reads, lower case
 */
public record ForeignPartner(
		@NotBlank(message = "{partner.name.required}") @Size(max = 200, message = "{text.too-long}") String name,
		@NotBlank(message = "{partner.city.required}") @Size(max = 120, message = "{text.too-long}") String city,
		@NotBlank(message = "{partner.country.required}") @IsoCountry String country,
		@Schema(nullable = true,
				description = "Required for a new draft; a record brought in from a portfolio may have none") @NotBlank(
						message = "{partner.email.required}") @Size(max = 254, message = "{text.too-long}") @Email(
								regexp = "[^@\\s\\p{Cf}]+@[^@\\s\\p{Cf}]+\\.[^@\\s\\p{Cf}]+",
								message = "{partner.email.invalid}") String email,
		@NotBlank(message = "{partner.language.required}") @IsoLanguage String language, PartnerKind kind) {

	/** A foreign local authority. */
	public ForeignPartner(String name, String city, String country, String email, String language) {
		this(name, city, country, email, language, PartnerKind.LOCAL_AUTHORITY);
	}

	public ForeignPartner {
		kind = (kind != null) ? kind : PartnerKind.LOCAL_AUTHORITY;
	}

	/** Whether the partner can be written to. */
	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

}
