package org.taawun.agreement;

import java.util.Set;

import org.taawun.identity.Account;
import org.taawun.party.Jurisdiction;

/**
 * Which agreements an account may see: those of its own authorities, those of the
 * authorities in the provinces whose office it works in, for ministry reviewers those
 * referred to their ministry, and for the ministry keeping a national inventory every
 * agreement of its country.
 */
record Visibility(boolean everything, Set<String> authorities, Set<String> provinces, Set<String> reviewerGroups,
		Set<Jurisdiction> inventories) {

	static Visibility of(Account account) {
		return new Visibility(account.isAdmin(), account.authorities(), account.provinces(), account.reviewerGroups(),
				account.inventories());
	}

	boolean isEmpty() {
		return !this.everything && this.authorities.isEmpty() && this.provinces.isEmpty()
				&& this.reviewerGroups.isEmpty() && this.inventories.isEmpty();
	}

}
