package org.taawun.agreement;

/**
 * A field of cooperation: the union of the fields the Algerian model convention lists
 * (C4) and those article 40 of the Tunisian code names.
 */
public enum CooperationField {

	URBAN_PLANNING, ENVIRONMENT, WATER, CULTURE, YOUTH_AND_SPORT, EDUCATION, VOCATIONAL_TRAINING, HEALTH, TOURISM,
	ECONOMY, ADMINISTRATIVE_MODERNISATION, SOCIAL_AFFAIRS, AGRICULTURE, RENEWABLE_ENERGY, GENDER_EQUALITY

}
