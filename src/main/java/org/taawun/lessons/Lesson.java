package org.taawun.lessons;

import org.taawun.agreement.CooperationField;
import org.taawun.party.LocalAuthority;

/**
 * A shared lesson as others read it: the authority that learnt it (with its secretariat's
 * address, to ask), the partner of the agreement, and the lesson.
 */
public record Lesson(long id, LocalAuthority authority, String partnerName, String partnerCountry,
		CooperationField field, int year, String worked, String didNotWork, String contactOffice) {

}
