package org.taawun.agreement;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The register counted over the agreements the viewer may see that match a query: for a
 * ministry's dashboard and a national inventory. Each map runs from the largest count
 * down, except the years, which run from the latest.
 *
 * @param byProvince by the code of the authority's wilaya or governorate
 * @param byCountry by the partner's country (ISO 3166 code)
 * @param byYear by the year of signature; those not signed are not counted there
 * @param inForceByCountry agreements in force, by the partner's country
 */
public record RegisterStatistics(long total, Map<AgreementState, Long> byState, Map<String, Long> byProvince,
		Map<String, Long> byCountry, Map<CooperationField, Long> byField, Map<Instrument, Long> byInstrument,
		Map<Integer, Long> byYear, Map<String, Long> inForceByCountry) {

	public static RegisterStatistics none() {
		return new RegisterStatistics(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}

	/** The largest count of the map, for drawing bars in proportion. */
	public static long largest(Map<?, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** Adds up groups of agreements into the counts by each filter. */
	static final class Counter {

		private long total;

		private final Map<AgreementState, Long> byState = new HashMap<>();

		private final Map<String, Long> byProvince = new HashMap<>();

		private final Map<String, Long> byCountry = new HashMap<>();

		private final Map<CooperationField, Long> byField = new HashMap<>();

		private final Map<Instrument, Long> byInstrument = new HashMap<>();

		private final Map<Integer, Long> byYear = new HashMap<>();

		private final Map<String, Long> inForceByCountry = new HashMap<>();

		/** A group of agreements alike in all of these; a year when they were signed. */
		void add(AgreementState state, String country, Instrument instrument, String province, Integer year,
				long count) {
			this.total += count;
			this.byState.merge(state, count, Long::sum);
			this.byCountry.merge(country, count, Long::sum);
			this.byInstrument.merge(instrument, count, Long::sum);
			this.byProvince.merge(province, count, Long::sum);
			if (year != null) {
				this.byYear.merge(year, count, Long::sum);
			}
			if (state == AgreementState.IN_FORCE) {
				this.inForceByCountry.merge(country, count, Long::sum);
			}
		}

		/** The agreements covering a field (one agreement may cover several). */
		void add(CooperationField field, long count) {
			this.byField.merge(field, count, Long::sum);
		}

		RegisterStatistics statistics() {
			Map<Integer, Long> years = new LinkedHashMap<>();
			this.byYear.entrySet()
				.stream()
				.sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
				.forEach((entry) -> years.put(entry.getKey(), entry.getValue()));
			return new RegisterStatistics(this.total, largestFirst(this.byState), largestFirst(this.byProvince),
					largestFirst(this.byCountry), largestFirst(this.byField), largestFirst(this.byInstrument), years,
					largestFirst(this.inForceByCountry));
		}

		/** The counts from the largest down, equal counts in the order of their keys. */
		private static <K extends Comparable<K>> Map<K, Long> largestFirst(Map<K, Long> counts) {
			Map<K, Long> sorted = new LinkedHashMap<>();
			counts.entrySet()
				.stream()
				.sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
			return sorted;
		}

	}

}
