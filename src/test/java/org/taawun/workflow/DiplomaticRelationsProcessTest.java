package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.LegalBasis;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.AuthorityKind;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.PartnerKind;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.rules.RefusedVariablesException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.of;

/**
 * Article 40 at eligibility: a Tunisian file with a local authority of a State with which
 * Tunisia has no diplomatic relations (a setting) is not eligible; an organisation of
 * that State may be a partner, and a State with relations is no matter.
 */
@ProcessTest
class DiplomaticRelationsProcessTest {

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Agreements agreements;

	@Autowired
	private LocalAuthorities authorities;

	@BeforeEach
	void today() {
		this.driver.today(LocalDate.of(2026, 2, 2));
		if (this.authorities.find("sousse").isEmpty()) {
			this.driver.register("sousse", Jurisdiction.TN, AuthorityKind.MUNICIPALITY);
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aLocalAuthorityOfAStateWithoutRelationsIsNotEligible() {
		Agreement agreement = draft("IL", PartnerKind.LOCAL_AUTHORITY);

		assertThatExceptionOfType(RefusedVariablesException.class)
			.isThrownBy(() -> this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible()))
			.withMessageContaining("eligibilityDecision")
			.withMessageContaining("IL");
		assertThat(this.driver.openTasks(agreement)).containsExactly(Tasks.CHECK_ELIGIBILITY);

		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, of("eligibilityDecision", "NOT_ELIGIBLE",
				"eligibilityNotes", "Pas de relations diplomatiques (article 40)."));
		assertThat(this.driver.state(agreement)).isEqualTo(AgreementState.ABANDONED);
	}

	@Test
	void anOrganisationOfThatStateOrAnAuthorityOfAStateWithRelationsIsEligible() {
		Agreement organisation = draft("IL", PartnerKind.ORGANISATION);
		this.driver.complete(organisation, Tasks.CHECK_ELIGIBILITY, eligible());
		assertThat(this.driver.openTasks(organisation)).contains(Tasks.NEGOTIATE_DRAFT);

		Agreement turkish = draft("TR", PartnerKind.LOCAL_AUTHORITY);
		this.driver.complete(turkish, Tasks.CHECK_ELIGIBILITY, eligible());
		assertThat(this.driver.openTasks(turkish)).contains(Tasks.NEGOTIATE_DRAFT);
	}

	private Agreement draft(String country, PartnerKind kind) {
		ForeignPartner partner = new ForeignPartner("Partenaire", "Ville", country, "contact@partner.example", "fr",
				kind);
		return this.agreements
			.draft(new DraftAgreement(Jurisdiction.TN, "sousse", Instrument.COOPERATION_CONVENTION, "اتفاقية تعاون",
					"Convention de coopération", partner, Set.of(CooperationField.CULTURE), LegalBasis.TN_CODE_ART_40),
					Account.of("sec.sousse", Set.of(Role.SECRETARIAT.group("sousse"))));
	}

}
