package org.taawun.lessons;

import org.taawun.agreement.CooperationField;

/**
 * A lesson an authority shares from the annual evaluation of one of its agreements.
 *
 * @param sourceKey what wrote it (the evaluation's task): sharing it again records
 * nothing more
 * @param year the year the evaluation reports on
 * @param contactOffice the office other authorities may ask, when the authority names one
 * @param published whether the open register shows it to anyone too (without the office)
 */
public record SharedLesson(String sourceKey, long agreementId, CooperationField field, int year, String worked,
		String didNotWork, String contactOffice, boolean published) {

}
