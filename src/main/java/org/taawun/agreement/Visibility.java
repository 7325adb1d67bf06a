package org.taawun.agreement;

import java.util.Set;

import org.taawun.identity.Account;

/**
 * Which agreements an account may see: those of its own authorities, those of the
 * authorities in the provinces whose office it works in, and for ministry reviewers those
 * referred to their ministry.
 */
record Visibility(boolean everything, Set<String> authorities, Set<String> provinces, Set<String> reviewerGroups) {

	static Visibility of(Account account) {
		return new Visibility(account.isAdmin(), account.authorities(), account.provinces(), account.reviewerGroups());
	}

	boolean isEmpty() {
		return !this.everything && this.authorities.isEmpty() && this.provinces.isEmpty()
				&& this.reviewerGroups.isEmpty();
	}

}
