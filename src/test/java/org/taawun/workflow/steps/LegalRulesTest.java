package org.taawun.workflow.steps;

import org.junit.jupiter.api.Test;

import org.taawun.law.LegalSwitches;
import org.taawun.law.MinistryApprovalMa;
import org.taawun.law.WilayaSignatory;

import static org.assertj.core.api.Assertions.assertThat;

/** Who signs, as the settings say: a commune's executive, a wilaya's as set. */
class LegalRulesTest {

	@Test
	void aCommuneIsSignedByItsExecutiveWhateverTheWilayaSetting() {
		for (WilayaSignatory setting : WilayaSignatory.values()) {
			assertThat(rules(setting).signatories("oran", "COMMUNE", "oran")).containsExactly("executive-oran");
		}
	}

	@Test
	void aWilayaIsSignedByThePresidentOfItsApwTheWaliOrBoth() {
		assertThat(rules(WilayaSignatory.APW_PRESIDENT).signatories("wilaya-alger", "WILAYA", "alger"))
			.containsExactly("executive-wilaya-alger");
		assertThat(rules(WilayaSignatory.WALI).signatories("wilaya-alger", "WILAYA", "alger"))
			.containsExactly("wali-office-alger");
		assertThat(rules(WilayaSignatory.APW_PRESIDENT_AND_WALI).signatories("wilaya-alger", "WILAYA", "alger"))
			.containsExactly("executive-wilaya-alger", "wali-office-alger");
	}

	@Test
	void theSettingDefaultsToThePresidentOfTheApw() {
		assertThat(new LegalSwitches(true, null, null).wilayaSignatory()).isEqualTo(WilayaSignatory.APW_PRESIDENT);
	}

	@Test
	void aDonationIsApprovedByTheWaliInAlgeriaAndTheMinistryInMoroccoAndByNoOneInTunisia() {
		LegalRules rules = rules(WilayaSignatory.APW_PRESIDENT);

		assertThat(rules.donationNeedsApproval("DZ", "DONATION")).isTrue();
		assertThat(rules.donationNeedsApproval("MA", "DONATION")).isTrue();
		assertThat(rules.donationNeedsApproval("TN", "DONATION")).isFalse();
		assertThat(rules.donationNeedsApproval("DZ", "PROJECT")).isFalse();
		assertThat(rules.donationApprovers("DZ", "oran")).isEqualTo("wali-office-oran");
		assertThat(rules.donationApprovers("MA", "sefrou")).isEqualTo("ministry-interior-ma");
	}

	@Test
	void theMoroccanMinistryApprovesAPrefecturesAgreementsAndFundingFromAbroadOrEveryAgreementAsSet() {
		LegalRules byDefault = rules(WilayaSignatory.APW_PRESIDENT);
		LegalRules every = new LegalRules(new LegalSwitches(true, null, MinistryApprovalMa.EVERY));

		assertThat(byDefault.ministryApprovalMa("PREFECTURE_OR_PROVINCE", false)).isTrue();
		assertThat(byDefault.ministryApprovalMa("COMMUNE", true)).isTrue();
		assertThat(byDefault.ministryApprovalMa("COMMUNE", false)).isFalse();
		assertThat(byDefault.ministryApprovalMa("COMMUNE", null)).isFalse();
		assertThat(every.ministryApprovalMa("COMMUNE", false)).isTrue();
	}

	@Test
	void eachJurisdictionCallsItsOwnApprovalProcess() {
		LegalRules rules = rules(WilayaSignatory.APW_PRESIDENT);

		assertThat(rules.approvalProcess("DZ")).isEqualTo("ApprovalDz");
		assertThat(rules.approvalProcess("TN")).isEqualTo("ApprovalTn");
		assertThat(rules.approvalProcess("MA")).isEqualTo("ApprovalMa");
	}

	private static LegalRules rules(WilayaSignatory setting) {
		return new LegalRules(new LegalSwitches(true, setting, null));
	}

}
