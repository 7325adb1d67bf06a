package org.taawun.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;

/**
 * What a country's evaluation campaign of a year found, as its ministry prints it.
 *
 * @param agreementsActive the agreements in force or suspended, and those that reported
 * on the year
 * @param visits the visits done in the year, both ways
 * @param byPartnerCountry the year's planned budgets by partner country (ISO code) and
 * currency
 * @param byField the same by field of cooperation: an agreement's budget counts under
 * each of its fields
 */
public record CampaignResult(Jurisdiction country, int year, LocalDate due, long agreementsActive, long reportsWritten,
		long visits, long projects, long donations, List<Money> byPartnerCountry, List<Money> byField,
		List<AuthorityLine> authorities) {

	/** A sum of planned budgets under one key (a country's code, a field's name). */
	public record Money(String key, String currency, BigDecimal amount) {
	}

	/** How an authority reported: how many of how many, and whether it is late. */
	public record AuthorityLine(LocalAuthority authority, int expected, int reported, boolean late) {
	}

}
