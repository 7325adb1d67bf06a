package org.taawun.form;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The forms' groups and dynamic lists, read from the files the Tasklist renders and
 * checked on the server.
 */
class FormValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private final FormValidator validator = new FormValidator(messages(), List.of());

	@Test
	void readsTheFieldsOfAGroupAsTheFormsOwn() throws Exception {
		FormSchema form = form("record-deliberation");

		assertThat(form.components())
			.anyMatch((c) -> c.type().equals(FormField.GROUP) && c.label("ar").equals("التصويت"));
		assertThat(form.fields()).filteredOn(FormField::isInput)
			.extracting(FormField::key)
			.containsExactly("deliberationNumber", "sessionDate", "membersPresent", "votesFor", "votesAgainst",
					"abstentions", "presidentVote");
		assertThat(this.validator.validate(form, Map.of("deliberationNumber", "12/2026", "sessionDate", "2026-11-02"),
				Map.of(), TODAY, Locale.FRENCH))
			.extracting(FormViolation::field)
			.contains("membersPresent", "votesFor", "votesAgainst", "abstentions", "presidentVote");
	}

	@Test
	void refusesANameTheFormDoesNotDeclareAndAReadOnlyFieldChanged() throws Exception {
		FormSchema form = form("describe-project");
		Map<String, Object> held = Map.of("projectKind", "DONATION", "projectTitle", "Bibliothèque");

		List<FormViolation> violations = this.validator.outsideForm(form,
				Map.of("projectKind", "PROJECT", "projectTitle", "Bibliothèque", "authority", "sfax"), held,
				Locale.forLanguageTag("ar"));

		assertThat(violations).extracting(FormViolation::field).containsExactlyInAnyOrder("projectKind", "authority");
		assertThat(violations).extracting(FormViolation::message)
			.containsExactlyInAnyOrder("هذا الحقل للقراءة فقط: لا يمكن تغيير قيمته.",
					"هذا الحقل ليس من حقول استمارة هذه المهمة.");
		assertThat(this.validator.outsideForm(form, Map.of("projectKind", "DONATION", "projectDescription", "Fonds"),
				held, Locale.FRENCH))
			.isEmpty();
	}

	@Test
	void readsADynamicListAsOneFieldWhoseEntriesHoldItsComponents() throws Exception {
		FormField members = form("issue-mission-order").field("delegationMembers").orElseThrow();

		assertThat(members.isDynamicList()).isTrue();
		assertThat(members.minItems()).isEqualTo(1);
		assertThat(members.repetitions()).isEqualTo(1);
		assertThat(members.components()).extracting(FormField::key).containsExactly("fullName", "office");
		assertThat(members.components()).allMatch(FormField::required);
	}

	@Test
	void checksEveryEntryOfADynamicListAndNamesTheEntryOfEachMistake() throws Exception {
		FormSchema form = form("issue-mission-order");
		List<Map<String, Object>> members = List.of(Map.of("fullName", "Mohamed Benali", "office", "P/APC"),
				Map.of("office", "x".repeat(201)));

		List<FormViolation> violations = this.validator.validate(form,
				Map.of("missionOrderNumber", "OM-2026-07", "delegationMembers", members), Map.of(), TODAY,
				Locale.FRENCH);

		assertThat(violations).extracting(FormViolation::field)
			.containsExactlyInAnyOrder("delegationMembers[1].fullName", "delegationMembers[1].office");
		assertThat(violations).extracting(FormViolation::message)
			.containsExactlyInAnyOrder("Ce champ est obligatoire.", "Texte trop long : 200 caractères au plus.");
	}

	@Test
	void refusesADelegationWithoutMembersOrWrittenAsOneText() throws Exception {
		FormSchema form = form("issue-mission-order");

		assertThat(this.validator.validate(form, Map.of("missionOrderNumber", "OM-1"), Map.of(), TODAY,
				Locale.forLanguageTag("ar-u-nu-latn")))
			.containsExactly(new FormViolation("delegationMembers", "الحد الأدنى لعدد العناصر المطلوبة: 1."));
		assertThat(this.validator.validate(form, Map.of("missionOrderNumber", "OM-1", "delegationMembers", "Deux élus"),
				Map.of(), TODAY, Locale.FRENCH))
			.extracting(FormViolation::field)
			.containsExactly("delegationMembers");
	}

	@Test
	void acceptsTheEntriesAsTheTasklistSendsThemAsJsonText() throws Exception {
		FormSchema form = form("issue-mission-order");
		String json = "[{\"fullName\":\"Amina Kaci\",\"office\":\"Élue\"}]";

		assertThat(this.validator.validate(form, Map.of("missionOrderNumber", "OM-1", "delegationMembers", json),
				Map.of(), TODAY, Locale.FRENCH))
			.isEmpty();
	}

	@Test
	void refusesAGroupWhoseValuesWouldNestUnderAPath() {
		byte[] nested = """
				{"id": "nested", "components": [{"type": "group", "id": "Group_1", "path": "vote",
				  "components": [{"type": "number", "key": "votesFor"}]}]}
				""".getBytes();

		assertThatIllegalArgumentException().isThrownBy(() -> FormSchema.parse(nested))
			.withMessageContaining("Group_1");
	}

	private static FormSchema form(String id) throws Exception {
		return FormSchema.parse(Files.readAllBytes(Path.of("forms", id + ".form")));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
