package org.taawun.party;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The foreign local authority on the other side of an agreement. It has no account: it is
 * reached by email, in its own language.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param language ISO 639-1 code of the language the partner reads, lower case
 */
public record ForeignPartner(
		@NotBlank(message = "{partner.name.required}") @Size(max = 200, message = "{text.too-long}") String name,
		@NotBlank(message = "{partner.city.required}") @Size(max = 120, message = "{text.too-long}") String city,
		@NotBlank(message = "{partner.country.required}") @IsoCountry String country,
		@NotBlank(message = "{partner.email.required}") @Size(max = 254, message = "{text.too-long}") @Email(
				regexp = "[^@\\s\\p{Cf}]+@[^@\\s\\p{Cf}]+\\.[^@\\s\\p{Cf}]+",
				message = "{partner.email.invalid}") String email,
		@NotBlank(message = "{partner.language.required}") @IsoLanguage String language) {
}
