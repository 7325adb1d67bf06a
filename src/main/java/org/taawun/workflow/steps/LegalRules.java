package org.taawun.workflow.steps;

import org.springframework.stereotype.Component;

import org.taawun.law.LegalSwitches;

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

	/** Whether an Algerian file goes to Foreign Affairs for an opinion. */
	public boolean foreignAffairsOpinionDz() {
		return this.switches.foreignAffairsOpinionDz();
	}

}
