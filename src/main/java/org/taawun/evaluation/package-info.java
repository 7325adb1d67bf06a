/**
 * The yearly evaluation of agreements in force: the action plan a joint committee adopts
 * for a year, the campaign a ministry opens for a year, who has reported and who is late,
 * the reports side by side and the country's report.
 */
@ApplicationModule(
		allowedDependencies = { "agreement", "document", "form", "identity", "law", "notification", "party" })
package org.taawun.evaluation;

import org.springframework.modulith.ApplicationModule;
