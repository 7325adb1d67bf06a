package org.taawun.document;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durations in a document counted as each language counts them, through ICU's plural
 * rules: Arabic's dual and its forms for three to ten and beyond, French and English
 * singulars, Turkish without a plural.
 */
class PluralsTest {

	private final Plurals plurals = new Plurals(messages());

	@Test
	void countsYearsAndMonthsAsEachLanguageCountsThem() {
		assertThat(this.plurals.of("document.years", 1, "ar")).isEqualTo("سنة واحدة");
		assertThat(this.plurals.of("document.years", 2, "ar")).isEqualTo("سنتين");
		assertThat(this.plurals.of("document.years", 5, "ar")).isEqualTo("5 سنوات");
		assertThat(this.plurals.of("document.years", 12, "ar")).isEqualTo("12 سنة");
		assertThat(this.plurals.of("document.months", 6L, "ar")).isEqualTo("6 أشهر");
		assertThat(this.plurals.of("document.months", 1L, "ar")).isEqualTo("شهر واحد");
		assertThat(this.plurals.of("document.years", 1, "fr")).isEqualTo("1 an");
		assertThat(this.plurals.of("document.years", 5, "fr")).isEqualTo("5 ans");
		assertThat(this.plurals.of("document.months", 3L, "fr")).isEqualTo("3 mois");
		assertThat(this.plurals.of("document.years", 1, "en")).isEqualTo("1 year");
		assertThat(this.plurals.of("document.months", 3L, "en")).isEqualTo("3 months");
		assertThat(this.plurals.of("document.years", 5, "tr")).isEqualTo("5 yıl");
		assertThat(this.plurals.of("document.years", null, "fr")).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
