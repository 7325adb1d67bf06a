package org.taawun.agreement;

import java.util.Map;

/**
 * The register counted for a ministry's dashboard, over the agreements the viewer may
 * see. Each map runs from the largest count down.
 *
 * @param byCountry by the partner's country (ISO 3166 code)
 * @param inForceByCountry agreements in force, by the partner's country
 */
public record RegisterStatistics(long total, Map<AgreementState, Long> byState, Map<String, Long> byCountry,
		Map<CooperationField, Long> byField, Map<String, Long> inForceByCountry) {

	public static RegisterStatistics none() {
		return new RegisterStatistics(0, Map.of(), Map.of(), Map.of(), Map.of());
	}

	/** The largest count of the map, for drawing bars in proportion. */
	public static long largest(Map<?, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

}
