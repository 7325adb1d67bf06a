package org.taawun.law;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Steps of the law that an installation switches on or off or chooses between
 * ({@code taawun.rules}); the models read them as
 * {@code ${rules.foreignAffairsOpinionDz()}}.
 *
 * @param foreignAffairsOpinionDz whether an Algerian file goes to the Ministry of Foreign
 * Affairs for an opinion before the Ministry of the Interior decides (an assumption of
 * lifecycle.md §2, on by default)
 * @param wilayaSignatory who signs a wilaya's agreements (the president of its APW unless
 * set)
 * @param ministryApprovalMa which Moroccan agreements the Ministry of the Interior
 * approves after the governor's visa (those of prefectures and provinces and those
 * bringing funding from abroad unless set)
 */
@ConfigurationProperties("taawun.rules")
public record LegalSwitches(boolean foreignAffairsOpinionDz, WilayaSignatory wilayaSignatory,
		MinistryApprovalMa ministryApprovalMa) {

	public LegalSwitches {
		wilayaSignatory = (wilayaSignatory != null) ? wilayaSignatory : WilayaSignatory.APW_PRESIDENT;
		ministryApprovalMa = (ministryApprovalMa != null) ? ministryApprovalMa
				: MinistryApprovalMa.FOREIGN_FUNDING_OR_PREFECTURE;
	}

}
