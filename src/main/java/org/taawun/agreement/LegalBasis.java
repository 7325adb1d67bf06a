package org.taawun.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

import org.taawun.party.Jurisdiction;

/**
 * The text an agreement is concluded under; it decides the approval path and the
 * references its documents cite.
 */
public enum LegalBasis {

	/**
	 * Algeria: executive decree 17-329 of 15 November 2017 and the model convention of 27
	 * August 2020.
	 */
	DZ_DECREE_17_329(Jurisdiction.DZ, true, LocalDate.of(2017, 11, 15), false, false),

	/** Tunisia: local authorities code (organic law 2018-29), article 40. */
	TN_CODE_ART_40(Jurisdiction.TN, true, LocalDate.of(2018, 5, 15), true, false),

	/**
	 * Tunisia before the 2018 code: the council deliberated first, then the Ministry of
	 * the Interior's external relations directorate decided, with no time limit. For
	 * historic files.
	 */
	TN_BEFORE_2018(Jurisdiction.TN, false, LocalDate.MIN, true, false),

	/**
	 * Morocco: organic laws 113-14 (communes) and 112-14 (prefectures and provinces) of 7
	 * July 2015.
	 */
	MA_ORGANIC_LAWS(Jurisdiction.MA, true, LocalDate.of(2015, 7, 7), true, true);

	private final Jurisdiction jurisdiction;

	private final boolean current;

	private final LocalDate since;

	private final boolean organisations;

	private final boolean networksByDeliberation;

	/**
	 * @param current whether a new agreement of the jurisdiction is concluded under it
	 * @param since the day it took effect
	 * @param organisations whether a partner may be an organisation rather than a foreign
	 * local authority: decree 17-329 knows foreign local authorities only [V]; Tunisia's
	 * article 40 [V] and Morocco's law 112-14 (art. 141, non-governmental bodies) [V]
	 * also organisations
	 * @param networksByDeliberation whether joining a network of local governments is a
	 * council deliberation: Morocco's law 112-14 art. 94 [V]
	 */
	LegalBasis(Jurisdiction jurisdiction, boolean current, LocalDate since, boolean organisations,
			boolean networksByDeliberation) {
		this.jurisdiction = jurisdiction;
		this.current = current;
		this.since = since;
		this.organisations = organisations;
		this.networksByDeliberation = networksByDeliberation;
	}

	/**
	 * Whether the council deliberates on joining a network, so that a membership cites
	 * its deliberation.
	 */
	public boolean joinsNetworksByDeliberation() {
		return this.networksByDeliberation;
	}

	/** Whether a partner may be an organisation rather than a foreign local authority. */
	public boolean allowsOrganisations() {
		return this.organisations;
	}

	public Jurisdiction jurisdiction() {
		return this.jurisdiction;
	}

	/**
	 * The basis an agreement of the jurisdiction whose first act came on that day was
	 * concluded under: the latest to have taken effect by then, or today's when none had
	 * (an act older than every text modelled) or the day is unknown.
	 */
	public static LegalBasis onTheDay(Jurisdiction jurisdiction, LocalDate day) {
		if (day == null) {
			return current(jurisdiction);
		}
		return Arrays.stream(values())
			.filter((basis) -> basis.jurisdiction == jurisdiction && !basis.since.isAfter(day))
			.max(Comparator.comparing((LegalBasis basis) -> basis.since))
			.orElseGet(() -> current(jurisdiction));
	}

	/** The basis of a new agreement of that jurisdiction today. */
	public static LegalBasis current(Jurisdiction jurisdiction) {
		return Arrays.stream(values())
			.filter((basis) -> basis.current && basis.jurisdiction == jurisdiction)
			.findFirst()
			.orElseThrow();
	}

}
