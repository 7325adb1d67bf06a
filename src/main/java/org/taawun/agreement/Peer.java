package org.taawun.agreement;

import java.time.LocalDate;

import org.taawun.party.BilingualName;
import org.taawun.party.LocalAuthority;

/**
 * An authority that already works with a partner or an organisation: through an agreement
 * in force or ended (its partner, title and state), or a project or visit outside any
 * agreement.
 *
 * @param partnerCountry the partner's country, when an agreement names it
 * @param state the agreement's state, or {@code null} for work outside an agreement
 * @param since when the agreement was signed or the work began, when known
 */
public record Peer(LocalAuthority authority, String partnerName, String partnerCountry, BilingualName title,
		AgreementState state, LocalDate since) {

}
