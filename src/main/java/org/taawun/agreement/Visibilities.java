package org.taawun.agreement;

import org.springframework.stereotype.Component;

import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * Who sees which agreement: a municipal role its authority's, a wilaya office those of
 * its wilaya, a ministry those referred to it, the ministry keeping the national
 * inventory its country's, the administrator all.
 */
@Component
class Visibilities {

	private final LocalAuthorities authorities;

	private final AgreementRepository repository;

	Visibilities(LocalAuthorities authorities, AgreementRepository repository) {
		this.authorities = authorities;
		this.repository = repository;
	}

	boolean maySee(Account viewer, Agreement agreement) {
		return this.authorities.find(agreement.localAuthority())
			.map((authority) -> maySee(viewer, authority)
					|| this.repository.referredTo(agreement.id(), viewer.reviewerGroups()))
			.orElse(false);
	}

	/** Whether the viewer sees every file of the authority with that code. */
	boolean maySeeAuthority(Account viewer, String code) {
		return this.authorities.find(code).map((authority) -> maySee(viewer, authority)).orElse(false);
	}

	/**
	 * Whether the viewer sees every file of the authority (a reviewing ministry sees only
	 * referrals).
	 */
	static boolean maySee(Account viewer, LocalAuthority authority) {
		Visibility visibility = Visibility.of(viewer);
		return visibility.everything() || visibility.authorities().contains(authority.code())
				|| visibility.provinces().contains(authority.province().code())
				|| visibility.inventories().contains(authority.jurisdiction());
	}

}
