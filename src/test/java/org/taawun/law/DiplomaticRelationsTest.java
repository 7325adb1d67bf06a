package org.taawun.law;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * States without diplomatic relations with Tunisia, each for the days the setting says.
 */
class DiplomaticRelationsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

	@Test
	void aStateListedWithoutDatesHasNoRelationsAnyDayAndAnyOtherHas() {
		DiplomaticRelations relations = new DiplomaticRelations(
				List.of(new DiplomaticRelations.Without("IL", null, null)));

		assertThat(relations.tunisiaHasRelationsWith("IL", DAY)).isFalse();
		assertThat(relations.tunisiaHasRelationsWith("il", DAY.minusYears(40))).isFalse();
		assertThat(relations.tunisiaHasRelationsWith("TR", DAY)).isTrue();
	}

	@Test
	void theDatesSayWhenRelationsWereBrokenAndWhenRestored() {
		DiplomaticRelations relations = new DiplomaticRelations(
				List.of(new DiplomaticRelations.Without("SY", LocalDate.of(2012, 2, 4), LocalDate.of(2025, 3, 1))));

		assertThat(relations.tunisiaHasRelationsWith("SY", LocalDate.of(2012, 2, 3))).isTrue();
		assertThat(relations.tunisiaHasRelationsWith("SY", LocalDate.of(2012, 2, 4))).isFalse();
		assertThat(relations.tunisiaHasRelationsWith("SY", LocalDate.of(2025, 2, 28))).isFalse();
		assertThat(relations.tunisiaHasRelationsWith("SY", LocalDate.of(2025, 3, 1))).isTrue();
	}

	@Test
	void noSettingMeansRelationsWithEveryState() {
		assertThat(new DiplomaticRelations(null).tunisiaHasRelationsWith("IL", DAY)).isTrue();
	}

}
