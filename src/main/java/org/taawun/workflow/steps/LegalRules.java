package org.taawun.workflow.steps;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.taawun.identity.Role;
import org.taawun.law.LegalSwitches;
import org.taawun.party.AuthorityKind;
import org.taawun.party.Jurisdiction;
import org.taawun.workflow.model.Approvals;

/**
 * The switches of {@link LegalSwitches} as the models ask for them:
 * {@code ${rules.foreignAffairsOpinionDz()}}. Public, because the engine's expression
 * language only calls public methods of public classes.
 */
@Component("rules")
public class LegalRules {

	private static final String DONATION = "DONATION";

	private static final Map<Jurisdiction, Function<String, String>> DONATION_APPROVERS = Map.of(Jurisdiction.DZ,
			Role.WALI_OFFICE::group, Jurisdiction.MA, (province) -> Role.MINISTRY_INTERIOR_MA.group());

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

	/**
	 * The approval process of the jurisdiction's law:
	 * {@code calledElement="${rules.approvalProcess(jurisdiction)}"}.
	 */
	public String approvalProcess(String jurisdiction) {
		return Approvals.processOf(Jurisdiction.valueOf(jurisdiction));
	}

	/**
	 * Whether a Moroccan file goes on to the Ministry of the Interior after the
	 * governor's visa: {@code ${rules.ministryApprovalMa(authorityKind,
	 * foreignFunding)}}.
	 */
	public boolean ministryApprovalMa(String authorityKind, Boolean foreignFunding) {
		return switch (this.switches.ministryApprovalMa()) {
			case EVERY -> true;
			case FOREIGN_FUNDING_OR_PREFECTURE -> AuthorityKind.PREFECTURE_OR_PROVINCE.name().equals(authorityKind)
					|| Boolean.TRUE.equals(foreignFunding);
		};
	}

	/**
	 * Whether a project needs the supervisor's approval before it goes ahead: a donation
	 * from abroad where the law asks for it (Algeria, Morocco):
	 * {@code ${rules.donationNeedsApproval(jurisdiction, projectKind)}}.
	 */
	public boolean donationNeedsApproval(String jurisdiction, String projectKind) {
		return DONATION.equals(projectKind) && DONATION_APPROVERS.containsKey(Jurisdiction.valueOf(jurisdiction));
	}

	/**
	 * The group that approves a donation: the wali's office of the province in Algeria,
	 * the Ministry of the Interior in Morocco (law 112-14 art. 85, funding from abroad):
	 * {@code camunda:candidateGroups="${rules.donationApprovers(jurisdiction,
	 * province)}"}.
	 */
	public String donationApprovers(String jurisdiction, String province) {
		return DONATION_APPROVERS.get(Jurisdiction.valueOf(jurisdiction)).apply(province);
	}

}
