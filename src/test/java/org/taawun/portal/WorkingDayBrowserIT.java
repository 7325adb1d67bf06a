package org.taawun.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A secretary's working day in a real Chromium: a session that ends while a form is being
 * filled, a form saved in the evening and finished the next morning on another device,
 * the keyboard alone from sign-in to a task taken, in French and in Arabic; a ministry's
 * national inventory, and a commune asking who else works with a partner on a phone.
 */
@PostgresIntegrationTest
class WorkingDayBrowserIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService engineTasks;

	@TempDir
	private Path profiles;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.installed(), "Chromium and ChromeDriver are not installed: browser tests skipped");
	}

	@Test
	void aSessionThatEndsWhileAFormIsFilledKeepsWhatWasTypedInArabic() throws Exception {
		String task = newTask();
		try (Browser secretary = Browser.open(base(), "ar", Browser.Screen.TABLET_PORTRAIT,
				Files.createDirectories(this.profiles.resolve("expiry")))) {
			secretary.signIn("sec.gafsa");
			secretary.go("/tasks/" + task);
			secretary.type("f-eligibilityNotes", "شريك مؤهل: مدينة ذات صلاحيات (المادة 40)");
			secretary.sessionEnds();
			secretary.submit();

			assertThat(secretary.path()).isEqualTo("/login?expired");
			assertThat(secretary.text(".alert")).contains("انتهت جلستك");
			secretary.screenshot("session-ended");
			secretary.signInHere("sec.gafsa");

			assertThat(secretary.path()).isEqualTo("/tasks/" + task);
			assertThat(secretary.find("#f-eligibilityNotes").getDomProperty("value"))
				.isEqualTo("شريك مؤهل: مدينة ذات صلاحيات (المادة 40)");
			secretary.screenshotInBothLanguages("task-kept-after-sign-in");
		}
	}

	@Test
	void aFormSavedInTheEveningIsFinishedTheNextMorningOnAnotherDevice() throws Exception {
		String task = newTask();
		try (Browser evening = Browser.open(base(), "fr", Browser.Screen.DESKTOP,
				Files.createDirectories(this.profiles.resolve("evening")))) {
			evening.signIn("sec.gafsa");
			evening.go("/tasks/" + task);
			evening.type("f-eligibilityNotes", "Vérifier les statuts de l’association partenaire.");
			evening.click("#save-draft");
			assertThat(evening.text(".alert.notice")).startsWith("Formulaire enregistré le");
			evening.screenshotInBothLanguages("task-draft-saved");
		}
		try (Browser morning = Browser.open(base(), "ar", Browser.Screen.PHONE,
				Files.createDirectories(this.profiles.resolve("morning")))) {
			morning.signIn("sec.gafsa");
			morning.go("/tasks/" + task);
			assertThat(morning.text(".alert.notice")).startsWith("استمارتكم المحفوظة في");
			assertThat(morning.find("#f-eligibilityNotes").getDomProperty("value"))
				.isEqualTo("Vérifier les statuts de l’association partenaire.");
			morning.screenshot("phone-task-draft-restored");
		}
	}

	@ParameterizedTest
	@CsvSource({ "fr, Mes tâches, Tâche prise : elle est à vous.", "ar, مهامي, أخذتم المهمة: هي الآن لكم." })
	void aSecretaryWithTheKeyboardOnlySignsInAndTakesATask(String language, String heading, String taken)
			throws Exception {
		newTask();
		try (Browser secretary = Browser.open(base(), language, Browser.Screen.DESKTOP,
				Files.createDirectories(this.profiles.resolve("keyboard-" + language)))) {
			secretary.go("/login");
			secretary.tabTo("#username", 10);
			secretary.keys("sec.gafsa");
			secretary.tabTo("#password", 3);
			secretary.keys("demo");
			secretary.enter();
			assertThat(secretary.text("h1")).isEqualTo(heading);

			// the first stop is the link that skips to the content
			WebElement skip = secretary.tabTo("a.skip", 1);
			assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
			WebElement take = secretary.tabTo("table.tasks form[action$=\"/claim\"] button", 80);
			assertThat(secretary.script("return getComputedStyle(arguments[0]).outlineStyle", take))
				.as("where the focus is shows")
				.isNotEqualTo("none");
			secretary.enter();
			assertThat(secretary.path()).startsWith("/tasks/");
			assertThat(secretary.text(".alert.notice")).isEqualTo(taken);
		}
	}

	@Test
	void theMinistryReadsItsInventoryAndACommuneAsksWhoElseWorksWithKonya() throws Exception {
		try (Browser ministry = Browser.open(base(), "fr", Browser.Screen.DESKTOP,
				Files.createDirectories(this.profiles.resolve("inventory")))) {
			ministry.signIn("miclat");
			ministry.go("/agreements?jurisdiction=DZ");
			assertThat(ministry.text("#inventory-total")).startsWith("Conventions trouvées :");
			ministry.screenshotInBothLanguages("national-inventory");
		}
		try (Browser commune = Browser.open(base(), "ar", Browser.Screen.PHONE,
				Files.createDirectories(this.profiles.resolve("lessons")))) {
			commune.signIn("sec.oran");
			commune.go("/lessons?with=Konya");
			assertThat(commune.text("table.peers")).contains("Selçuklu Belediyesi");
			commune.screenshotInBothLanguages("phone-lessons");
		}
	}

	@Test
	void theMinistryOpensAYearsEvaluationCampaignAndFollowsItOnADesktopAndAPhone() throws Exception {
		try (Browser ministry = Browser.open(base(), "fr", Browser.Screen.DESKTOP,
				Files.createDirectories(this.profiles.resolve("campaign")))) {
			ministry.signIn("dgct.ma");
			ministry.go("/campaigns");
			ministry.screenshot("campaigns");
			ministry.type("year", "2024");
			ministry.date("due", LocalDate.now().plusDays(30).toString());
			ministry.submit();
			assertThat(ministry.text("h1")).isEqualTo("Campagne d’évaluation de l’année 2024");
			assertThat(ministry.text("table.progress")).contains("Préfecture de Rabat", "Attendu");
			ministry.screenshotInBothLanguages("campaign");
		}
		try (Browser phone = Browser.open(base(), "ar", Browser.Screen.PHONE,
				Files.createDirectories(this.profiles.resolve("campaign-phone")))) {
			phone.signIn("dgct.ma");
			phone.go("/campaigns");
			assertThat(phone.text("h1")).isEqualTo("حملات التقييم السنوي");
			phone.screenshot("phone-campaigns");
		}
	}

	@Test
	void aForeignPartnerReadsTheOpenRegisterInEnglishOnAPhoneAndADesktop() throws Exception {
		for (Browser.Screen screen : List.of(Browser.Screen.PHONE, Browser.Screen.DESKTOP)) {
			try (Browser visitor = Browser.open(base(), "en", screen,
					Files.createDirectories(this.profiles.resolve("public-" + screen)))) {
				visitor.go("/public");
				assertThat(visitor.html("lang")).isEqualTo("en");
				assertThat(visitor.all("svg.world-map path.country")).hasSizeGreaterThan(150);
				// accessible in every language, nothing to scroll sideways
				visitor.screenshot("public-" + screen.name().toLowerCase(java.util.Locale.ROOT));
				visitor.go("/public?lang=ar");
				visitor.screenshot("public-" + screen.name().toLowerCase(java.util.Locale.ROOT));
				visitor.go("/public?lang=fr");
				visitor.screenshot("public-" + screen.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	private String newTask() {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		JsonNode created = this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForObject("/api/agreements",
					new HttpEntity<>(
							Map.of("jurisdiction", "TN", "localAuthority", "gafsa", "instrument", "TWINNING", "titleAr",
									"اتفاقية توأمة", "titleFr", "Jumelage Gafsa – Nabeul " + System.nanoTime(),
									"partner",
									Map.of("name", "Ville de Lorient", "city", "Lorient", "country", "FR", "email",
											"lorient@partner.example", "language", "fr"),
									"fields", List.of("CULTURE")),
							json),
					JsonNode.class);
		return this.engineTasks.createTaskQuery()
			.processInstanceBusinessKey(created.get("reference").asText())
			.singleResult()
			.getId();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
