package org.taawun.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RoleTest {

	@Test
	void scopesMunicipalRolesToTheirAuthority() {
		assertThat(Role.SECRETARIAT.group("gafsa")).isEqualTo("secretariat-gafsa");
		assertThat(Role.COUNCIL_SECRETARIAT.group("oran")).isEqualTo("council-secretariat-oran");
		assertThat(Role.WALI_OFFICE.group("oran")).isEqualTo("wali-office-oran");
		assertThat(Role.MINISTRY_INTERIOR.group()).isEqualTo("ministry-interior");
	}

	@Test
	void refusesANationalGroupForAMunicipalRole() {
		assertThatIllegalStateException().isThrownBy(Role.SECRETARIAT::group);
	}

	@Test
	void readsGroupIdsBackWithoutConfusingSimilarPrefixes() {
		assertThat(Role.parse("council-secretariat-gafsa"))
			.contains(new Role.Membership(Role.COUNCIL_SECRETARIAT, "gafsa"));
		assertThat(Role.parse("secretariat-gafsa")).contains(new Role.Membership(Role.SECRETARIAT, "gafsa"));
		assertThat(Role.parse("foreign-affairs-tn")).contains(new Role.Membership(Role.FOREIGN_AFFAIRS_TN, null));
		assertThat(Role.parse("camunda-admin")).contains(new Role.Membership(Role.ADMIN, null));
		assertThat(Role.parse("secretariat-")).isEmpty();
		assertThat(Role.parse("accounting")).isEmpty();
	}

	@Test
	void givesAnAccountTheScopeOfItsGroups() {
		Account secretary = Account.of("sec.gafsa", Set.of("secretariat-gafsa", "council-secretariat-gafsa"));
		assertThat(secretary.authorities()).containsExactly("gafsa");
		assertThat(secretary.has(Role.SECRETARIAT, "gafsa")).isTrue();
		assertThat(secretary.has(Role.SECRETARIAT, "sfax")).isFalse();
		assertThat(secretary.reviewerGroups()).isEmpty();

		Account reviewer = Account.of("mfa.tn", Set.of("foreign-affairs-tn"));
		assertThat(reviewer.reviewerGroups()).containsExactly("foreign-affairs-tn");
		assertThat(reviewer.authorities()).isEmpty();

		Account wali = Account.of("wali.oran", Set.of("wali-office-oran"));
		assertThat(wali.provinces()).containsExactly("oran");
		assertThat(wali.isAdmin()).isFalse();
	}

}
