package org.taawun.workflow.steps;

import java.util.List;

import org.springframework.stereotype.Component;

import org.taawun.identity.Role;
import org.taawun.law.LegalSwitches;
import org.taawun.party.AuthorityKind;

/**
 * The switches of {@link LegalSwitches} as the models ask for them:
 * {@code ${rules.foreignAffairsOpinionDz()}}. Public, because the engine's expression
 * language only calls public methods of public classes.
 */
@Component("rules")
public class LegalRules {

	private final LegalSwitches switches;

	LegalRules(LegalSwitches switches) {
		this.switches = switches;
	}

	/**
	 * The groups that sign the agreement, one after the other:
	 * {@code ${rules.signatories(authority, authorityKind, province)}}. A municipality's
	 * executive; for a wilaya, as the settings say, the president of its APW (its
	 * executive), the wali, or both.
	 */
	public List<String> signatories(String authority, String authorityKind, String province) {
		String president = Role.EXECUTIVE.group(authority);
		if (!AuthorityKind.WILAYA.name().equals(authorityKind)) {
			return List.of(president);
		}
		String wali = Role.WALI_OFFICE.group(province);
		return switch (this.switches.wilayaSignatory()) {
			case APW_PRESIDENT -> List.of(president);
			case WALI -> List.of(wali);
			case APW_PRESIDENT_AND_WALI -> List.of(president, wali);
		};
	}

	/** Whether an Algerian file goes to Foreign Affairs for an opinion. */
	public boolean foreignAffairsOpinionDz() {
		return this.switches.foreignAffairsOpinionDz();
	}

}
