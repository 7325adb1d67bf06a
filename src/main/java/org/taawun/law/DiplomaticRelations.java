package org.taawun.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Article 40: a Tunisian local authority cooperates with a foreign authority only if
 * Tunisia has diplomatic relations with its State. The States with which it has none are
 * a setting ({@code taawun.diplomatic-relations.tn-none}), each from the day that takes
 * effect and, once relations are established, until the day before they are; every other
 * State has relations.
 */
@ConfigurationProperties("taawun.diplomatic-relations")
public record DiplomaticRelations(List<Without> tnNone) {

	public DiplomaticRelations {
		tnNone = (tnNone != null) ? List.copyOf(tnNone) : List.of();
	}

	/**
	 * Whether Tunisia has diplomatic relations with the State (ISO 3166 code) that day.
	 */
	public boolean tunisiaHasRelationsWith(String country, LocalDate day) {
		return this.tnNone.stream().noneMatch((none) -> none.covers(country, day));
	}

	/**
	 * A State without diplomatic relations with Tunisia.
	 *
	 * @param country its ISO 3166 alpha-2 code
	 * @param from the day that takes effect, or null for always
	 * @param until the day relations are established, or null while there are none
	 */
	public record Without(String country, LocalDate from, LocalDate until) {

		boolean covers(String code, LocalDate day) {
			return this.country.toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT))
					&& (this.from == null || !day.isBefore(this.from))
					&& (this.until == null || day.isBefore(this.until));
		}

	}

}
