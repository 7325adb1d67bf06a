package org.taawun.workflow.steps;

import org.junit.jupiter.api.Test;

import org.taawun.law.LegalSwitches;
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
		assertThat(new LegalSwitches(true, null).wilayaSignatory()).isEqualTo(WilayaSignatory.APW_PRESIDENT);
	}

	private static LegalRules rules(WilayaSignatory setting) {
		return new LegalRules(new LegalSwitches(true, setting));
	}

}
