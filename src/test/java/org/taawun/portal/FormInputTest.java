package org.taawun.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.taawun.form.FormSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser posts, as text, becomes what the validator and the process expect.
 */
class FormInputTest {

	@Test
	void typesNumbersBooleansAndDatesAndLeavesEmptyInputsOut() throws Exception {
		FormSchema form = FormSchema.parse(Files.readAllBytes(Path.of("forms/negotiate-draft.form")));

		Map<String, Object> values = FormInput.values(form,
				Map.of("negotiationSummary", new String[] { "  Texte arrêté.  " }, "textAgreedOn",
						new String[] { "2026-11-22" }, "durationYears", new String[] { "5" }, "renewalMode",
						new String[] { "" }, "unknownField", new String[] { "ignored" }));

		assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("negotiationSummary", "Texte arrêté.",
				"textAgreedOn", "2026-11-22", "durationYears", 5, "partnerLanguageVersion", false));
	}

	@Test
	void keepsANumberThatDoesNotParseAsTypedSoTheValidatorNamesIt() throws Exception {
		FormSchema form = FormSchema.parse(Files.readAllBytes(Path.of("forms/negotiate-draft.form")));

		assertThat(FormInput.values(form, Map.of("durationYears", new String[] { "cinq" })))
			.containsEntry("durationYears", "cinq");
		assertThat(FormInput.values(form, Map.of("durationYears", new String[] { "2,5" })))
			.containsEntry("durationYears", 2.5);
	}

	@Test
	void postsTheTickedChoicesOfAChecklistAsAList() throws Exception {
		FormSchema form = FormSchema.parse(Files.readAllBytes(Path.of("forms/ministry-review.form")));
		String checklist = form.fields()
			.stream()
			.filter((field) -> field.type().equals("checklist"))
			.findFirst()
			.orElseThrow()
			.key();

		assertThat(FormInput.values(form, Map.of(checklist, new String[] { "A", "B" }))).containsEntry(checklist,
				List.of("A", "B"));
	}

	@Test
	void postsTheFilledEntriesOfADynamicListInTheirOrderAndLeavesBlankOnesOut() throws Exception {
		FormSchema form = FormSchema.parse(Files.readAllBytes(Path.of("forms/issue-mission-order.form")));
		Map<String, String[]> posted = Map.of("missionOrderNumber", new String[] { "OM-2026-07" },
				"delegationMembers[0].fullName", new String[] { " Mohamed Benali " }, "delegationMembers[0].office",
				new String[] { "P/APC" }, "delegationMembers[1].fullName", new String[] { "" },
				"delegationMembers[1].office", new String[] { " " }, "delegationMembers[7].fullName",
				new String[] { "Amina Kaci" }, "delegationMembers[7].office", new String[] { "" });

		assertThat(FormInput.values(form, posted)).containsEntry("delegationMembers",
				List.of(Map.of("fullName", "Mohamed Benali", "office", "P/APC"), Map.of("fullName", "Amina Kaci")));
		assertThat(FormInput.echo(form, posted)).containsEntry("delegationMembers",
				List.of(Map.of("fullName", " Mohamed Benali ", "office", "P/APC"), Map.of("fullName", "Amina Kaci")));
	}

}
