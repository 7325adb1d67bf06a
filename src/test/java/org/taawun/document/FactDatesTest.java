package org.taawun.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates a step recorded, as a document writes them.
 */
class FactDatesTest {

	private final FactDates dates = new FactDates();

	@Test
	void writesARecordedDayAsTheLawWritesItInEachLanguage() {
		assertThat(this.dates.fr("2026-11-15")).isEqualTo("15 novembre 2026");
		assertThat(this.dates.ar("2026-11-15")).isEqualTo("15 نوفمبر 2026");
		assertThat(this.dates.fr("2034-06-01")).isEqualTo("1er juin 2034");
		assertThat(this.dates.ar("2034-06-01")).isEqualTo("1 جوان 2034");
	}

	@Test
	void printsWhatIsNotADayAsItIs() {
		assertThat(this.dates.fr("sans date")).isEqualTo("sans date");
		assertThat(this.dates.ar(null)).isEmpty();
	}

}
