package org.taawun.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates a step recorded, as a document writes them.
 */
class FactDatesTest {

	private final FactDates dates = new FactDates(List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية",
			"أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"));

	private final FactDates moroccan = new FactDates(List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
			"يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"));

	@Test
	void writesARecordedDayAsTheLawWritesItInEachLanguage() {
		assertThat(this.dates.fr("2026-11-15")).isEqualTo("15 novembre 2026");
		assertThat(this.dates.ar("2026-11-15")).isEqualTo("15 نوفمبر 2026");
		assertThat(this.dates.fr("2034-06-01")).isEqualTo("1er juin 2034");
		assertThat(this.dates.ar("2034-06-01")).isEqualTo("1 جوان 2034");
	}

	@Test
	void writesADayWithTheMonthNamesOfTheIssuingCountry() {
		assertThat(this.moroccan.ar("2018-04-25")).isEqualTo("25 أبريل 2018");
		assertThat(this.moroccan.ar("2026-08-07")).isEqualTo("7 غشت 2026");
		assertThat(this.dates.ar("2026-08-07")).isEqualTo("7 أوت 2026");
	}

	@Test
	void printsWhatIsNotADayAsItIs() {
		assertThat(this.dates.fr("sans date")).isEqualTo("sans date");
		assertThat(this.dates.ar(null)).isEmpty();
	}

}
