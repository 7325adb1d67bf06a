package org.taawun.lessons;

import org.taawun.agreement.CooperationField;

/**
 * What a search of the shared lessons asks; a null filter is not applied.
 *
 * @param country the partner's country of the agreement the lesson comes from
 * @param words found in what worked, what did not or the office to ask
 */
public record LessonQuery(CooperationField field, String country, String words) {

	public LessonQuery {
		words = (words == null || words.isBlank()) ? null : words.strip();
		country = (country == null || country.isBlank()) ? null : country.strip();
	}

}
