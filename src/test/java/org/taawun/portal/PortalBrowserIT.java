package org.taawun.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.DueJobs;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal in a real headless Chromium: a Gafsa secretary working in Arabic drafts an
 * agreement and carries it through its first tasks, a reviewer of the Tunisian foreign
 * affairs ministry working in French finds it on the dashboard and decides. Every page is
 * saved under {@code target/screenshots}, in both languages.
 */
@PostgresIntegrationTest
class PortalBrowserIT {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Algiers"));

	@LocalServerPort
	private int port;

	@Autowired
	private ManagementService management;

	@Autowired
	private TaskService engineTasks;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	private Path profiles;

	@BeforeAll
	static void chromiumIsInstalled() {
		if (!Browser.installed()) {
			System.err.println("PortalBrowserIT SKIPPED: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
					+ " is missing (Debian packages chromium and chromium-driver; .ci/run installs them).");
		}
		assumeTrue(Browser.installed(), "Chromium and ChromeDriver are not installed: browser tests skipped");
	}

	@Test
	void aSecretaryInArabicDraftsAndAReviewerInFrenchDecides() throws Exception {
		String reference;
		try (Browser secretary = Browser.open(base(), "ar", Browser.Screen.TABLET_PORTRAIT,
				Files.createDirectories(this.profiles.resolve("sec")))) {
			reference = draftInArabic(secretary);
			checkEligibilityWithAMistakeOnTheWay(secretary);
			negotiateAndDownloadTheDraft(secretary);
			try (Browser reviewer = Browser.open(base(), "fr", Browser.Screen.DESKTOP,
					Files.createDirectories(this.profiles.resolve("mfa")))) {
				reviewer.signIn("mfa.tn");
				reviewer.screenshotInBothLanguages("tasks-reviewer");
				openFromTheDashboard(reviewer, reference);
				reviewer.date("f-consultedOn", TODAY.toString());
				reviewer.type("f-foreignAffairsComments", "Pas d’observation sur le projet.");
				reviewer.submit();
				assertThat(reviewer.text(".alert.notice")).contains("Donner des observations sur le projet");

				referTheFinalText(secretary, reference);

				openFromTheDashboard(reviewer, reference);
				// what the file's earlier steps decided, for the one who decides next
				assertThat(reviewer.text("ol.decisions")).contains("Éligible : poursuivre la négociation");
				reviewer.screenshotInBothLanguages("task-decision");
				reviewer.choose("foreignAffairsDecision", "NO_OBJECTION");
				reviewer.submit();
				assertThat(reviewer.text(".alert.notice")).startsWith("« Examiner le texte final » est terminée.");
				assertThat(reviewer.text("h1")).contains(reference);
				assertThat(reviewer.text("ol.timeline")).contains("Examiner le texte final : Pas d’objection");
				// nobody has a task now: the page says what the file waits for, and until
				// when
				assertThat(reviewer.text("ul.waiting-for")).contains("Le conseil peut voter (article 40)", "jusqu’au");
				reviewer.screenshotInBothLanguages("agreement-decided");
				printsTheRecordOnA4(reviewer, reference);

				reviewer.go("/agreements?q=" + reference);
				assertThat(reviewer.all("table.register tbody tr")).hasSize(1);
				reviewer.screenshotInBothLanguages("register");
				reviewer.go("/no-such-page/../agreements/999999999");
				assertThat(reviewer.text(".alert.error")).contains("n’existe pas");
				reviewer.screenshotInBothLanguages("not-found");
			}
		}
	}

	@Test
	void aSecretaryOnAPhoneReadsHerTasksAndTheRegisterAsCardsWhateverTheTitle() throws Exception {
		// a title of one word longer than the screen is wide
		String longWord = "Jumelage-" + "Gafsa-Selçuklu-Konya-Karatay-Meram-".repeat(6) + System.nanoTime();
		PortalClient.signedIn(this.port, "sec.gafsa")
			.postForm("/agreements/new", "/agreements", "localAuthority", "gafsa", "instrument", "TWINNING", "titleAr",
					"اتفاقية-توأمة-" + "بين-بلدية-قفصة-وبلدية-سلجوقلو-".repeat(6), "titleFr", longWord, "partnerName",
					"Selçuklu Belediyesi", "partnerCity", "Konya", "partnerCountry", "TR", "partnerEmail",
					"dis@selcuklu.example.org", "partnerLanguage", "tr", "fields", "CULTURE", "requestKey",
					"phone-" + System.nanoTime());
		try (Browser phone = Browser.open(base(), "ar", Browser.Screen.PHONE,
				Files.createDirectories(this.profiles.resolve("phone")))) {
			phone.signIn("sec.gafsa");
			// every screenshot checks that nothing scrolls sideways and no button is cut
			// off
			phone.screenshotInBothLanguages("phone-tasks");
			assertThat(phone.find("table.tasks td.actions button").getRect().getWidth()).isBetween(200, 390);
			assertThat(phone.script("return window.innerWidth")).isEqualTo(390L);
			phone.go("/agreements");
			phone.screenshotInBothLanguages("phone-register");
			phone.go("/agreements?lang=fr&q=" + longWord);
			assertThat(phone.all("table.register tbody tr")).hasSize(1);
			phone.click("table.register tbody a");
			phone.screenshotInBothLanguages("phone-agreement");
		}
	}

	/**
	 * The agreement's page printed: its record whole on A4 — state, tasks or what it
	 * waits for, documents, timeline — without the navigation or the forms.
	 */
	private static void printsTheRecordOnA4(Browser reader, String reference) throws Exception {
		try (PDDocument printed = Loader.loadPDF(reader.printToPdf())) {
			assertThat(printed.getPages()).allSatisfy((page) -> {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(2f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(2f));
			});
			String text = new PDFTextStripper().getText(printed);
			assertThat(text)
				.contains(reference, "Le dossier attend", "Le conseil peut voter (article 40)", "Documents",
						"Historique", "Examiner le texte final : Pas d’objection", "Fiche imprimée le")
				.doesNotContain("Se déconnecter", "Imprimer la fiche", "Tableau de bord");
		}
		reader.switchLanguage();
		try (PDDocument printed = Loader.loadPDF(reader.printToPdf())) {
			String text = new PDFTextStripper().getText(printed);
			assertThat(text).contains(reference, "الوثائق", "السجل التاريخي", "بطاقة طُبعت في")
				.doesNotContain("خروج", "طباعة البطاقة");
		}
		reader.switchLanguage();
	}

	private String draftInArabic(Browser secretary) throws Exception {
		secretary.go("/login");
		assertThat(secretary.html("dir")).isEqualTo("rtl");
		secretary.screenshotInBothLanguages("login");
		secretary.signIn("sec.gafsa");
		assertThat(secretary.html("lang")).isEqualTo("ar");
		assertThat(secretary.text("h1")).isEqualTo("مهامي");
		secretary.screenshotInBothLanguages("tasks");

		secretary.click("nav a[href='/agreements/new']");
		secretary.screenshotInBothLanguages("new-agreement");
		secretary.select("instrument", "TWINNING");
		secretary.type("titleAr", "اتفاقية توأمة بين بلدية قفصة وبلدية قونية");
		secretary.tick("field-3");
		secretary.type("partnerName", "Konya Büyükşehir Belediyesi");
		secretary.type("partnerCity", "Konya");
		secretary.select("partnerCountry", "TR");
		secretary.type("partnerEmail", "konya-at-example.org");
		secretary.select("partnerLanguage", "tr");
		secretary.submit();
		// the French title is missing and the address is wrong: both said where they are,
		// in Arabic, and nothing typed is lost
		assertThat(secretary.text("#titleFr-error")).isEqualTo("العنوان إلزامي بالعربية والفرنسية.");
		assertThat(secretary.text("#partnerEmail-error")).isNotBlank();
		assertThat(secretary.find("#titleAr").getDomProperty("value")).startsWith("اتفاقية توأمة");
		secretary.screenshot("new-agreement-errors");
		secretary.type("titleFr", "Jumelage entre la commune de Gafsa et la municipalité de Konya");
		secretary.type("partnerEmail", "dis-iliskiler@konya.example.org");
		secretary.submit();

		assertThat(secretary.path()).startsWith("/agreements/");
		assertThat(secretary.text("#agreement-state")).isEqualTo("تحقق");
		String reference = secretary.find("h1 bdi").getText();
		assertThat(reference).startsWith("GAFSA-");
		secretary.screenshotInBothLanguages("agreement");

		// the form drawn anew (Back) and the same details sent again: nothing drafted
		// twice, and the page says which agreement exists
		long drafted = this.jdbc.sql("select count(*) from agreement").query(Long.class).single();
		secretary.go("/agreements/new");
		secretary.select("instrument", "TWINNING");
		secretary.type("titleAr", "اتفاقية توأمة بين بلدية قفصة وبلدية قونية");
		secretary.type("titleFr", "Jumelage entre la commune de Gafsa et la municipalité de Konya");
		secretary.tick("field-3");
		secretary.type("partnerName", "Konya Büyükşehir Belediyesi");
		secretary.type("partnerCity", "Konya");
		secretary.select("partnerCountry", "TR");
		secretary.type("partnerEmail", "dis-iliskiler@konya.example.org");
		secretary.select("partnerLanguage", "tr");
		secretary.submit();
		assertThat(secretary.text("#twin")).contains(reference);
		assertThat(this.jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(drafted);
		secretary.screenshot("new-agreement-again");
		secretary.click("#twin a");
		assertThat(secretary.find("h1 bdi").getText()).isEqualTo(reference);
		return reference;
	}

	@Test
	void aSecretaryInArabicNamesEachMemberOfTheDelegationOnTheMissionOrder() throws Exception {
		ApprovedVisit visit = ApprovedVisit.at(base(), this.jdbc, this.management, this.engineTasks);
		try (Browser secretary = Browser.open(base(), "ar", Browser.Screen.TABLET_PORTRAIT,
				Files.createDirectories(this.profiles.resolve("order")))) {
			secretary.signIn("sec.oran");
			// the page of an agreement in force offers to ask for a visit
			secretary.go("/agreements/" + visit.agreementId());
			assertThat(secretary.all("form.visit-form")).hasSize(1);
			secretary.screenshotInBothLanguages("agreement-in-force");
			secretary.go(visit.missionOrder());
			assertThat(secretary.text("h1")).isEqualTo("إصدار الأمر بمهمة");
			assertThat(secretary.all("ol.entries li.entry")).hasSize(1);
			secretary.screenshotInBothLanguages("task-mission-order");
			secretary.type("f-missionOrderNumber", "OM-2026-32");
			secretary.type("f-delegationMembers-0-fullName", "محمد بن علي");
			secretary.type("f-delegationMembers-0-office", "رئيس المجلس الشعبي البلدي");
			secretary.press("button.add-entry");
			secretary.type("f-delegationMembers-1-fullName", "Amina Kaci");
			secretary.press("button.add-entry");
			secretary.type("f-delegationMembers-2-fullName", "سطر زائد");
			secretary.press("ol.entries li.entry:nth-child(3) button.remove-entry");
			assertThat(secretary.all("ol.entries li.entry")).hasSize(2);
			secretary.screenshot("task-dynamic-list");
			secretary.submit();

			assertThat(secretary.text("#f-delegationMembers-1-office-error")).isEqualTo("هذا الحقل إلزامي.");
			assertThat(secretary.find("#f-delegationMembers-0-fullName").getDomProperty("value"))
				.isEqualTo("محمد بن علي");
			assertThat(secretary.find("#f-delegationMembers-1-fullName").getDomProperty("value"))
				.isEqualTo("Amina Kaci");
			secretary.screenshot("task-dynamic-list-errors");
			secretary.type("f-delegationMembers-1-office", "الأمينة العامة");
			secretary.submit();
			assertThat(secretary.text(".alert.notice")).contains("انتهت مهمة «إصدار الأمر بمهمة»");
		}
	}

	private void checkEligibilityWithAMistakeOnTheWay(Browser secretary) throws Exception {
		secretary.click("ul.open-tasks a");
		assertThat(secretary.text("h1")).isEqualTo("التحقق من الأهلية");
		secretary.screenshotInBothLanguages("task");
		secretary.tick("f-partnerIsLocalAuthority");
		secretary.submit();
		assertThat(secretary.text("#form-errors")).isEqualTo("لم تُنه المهمة: صححوا الحقول المشار إليها.");
		assertThat(secretary.text("#f-eligibilityDecision-error")).isNotBlank();
		assertThat(secretary.find("#f-partnerIsLocalAuthority").isSelected()).isTrue();
		secretary.screenshot("task-errors");
		secretary.choose("eligibilityDecision", "ELIGIBLE");
		secretary.tick("f-publicInterestConfirmed");
		secretary.tick("f-withinCompetences");
		secretary.submit();
		assertThat(secretary.text(".alert.notice")).contains("انتهت مهمة «التحقق من الأهلية»");
		assertThat(secretary.text("a.next-task")).isEqualTo("التفاوض على المشروع");
	}

	private void negotiateAndDownloadTheDraft(Browser secretary) throws Exception {
		secretary.click("a.next-task");
		secretary.type("f-negotiationSummary", "نص متفق عليه على أساس الاتفاقية النموذجية.");
		secretary.date("f-textAgreedOn", TODAY.toString());
		secretary.type("f-durationYears", "5");
		secretary.choose("renewalMode", "EXPRESS");
		secretary.submit();
		assertThat(secretary.text("#agreement-state")).isEqualTo("تفاوض");
		DueJobs.run(this.management);
		secretary.go(secretary.path());
		assertThat(secretary.all("a.document")).isNotEmpty();
		secretary.screenshotInBothLanguages("agreement-with-documents");
		secretary.download("a.document");
		Path pdf = secretary.awaitDownload(Duration.ofSeconds(20));
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
	}

	private void referTheFinalText(Browser secretary, String reference) throws Exception {
		secretary.go("/");
		secretary.follow(secretary.all("table.tasks tbody tr")
			.stream()
			.filter((row) -> row.getText().contains(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reference + " is not among the secretary's tasks"))
			.findElement(By.cssSelector("a.task-link")));
		assertThat(secretary.text("h1")).isEqualTo("إحالة النص النهائي إلى وزارة الشؤون الخارجية");
		secretary.date("f-referralDate", TODAY.toString());
		secretary.type("f-referralNumber", "MAE-2026-42");
		secretary.submit();
		assertThat(secretary.all(".alert.notice")).isNotEmpty();
	}

	private void openFromTheDashboard(Browser reviewer, String reference) throws Exception {
		reviewer.go("/dashboard");
		assertThat(reviewer.text("h1")).isEqualTo("Tableau de bord");
		reviewer.screenshotInBothLanguages("dashboard");
		// the authority's row lists its most urgent reviews and leads to all of them
		reviewer.follow(reviewer.all("table.waiting tbody tr")
			.stream()
			.filter((row) -> row.getText().contains("Gafsa"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Gafsa has no review waiting on the dashboard"))
			.findElement(By.cssSelector("a.waiting-all")));
		assertThat(reviewer.path()).contains("authority=gafsa");
		reviewer.follow(reviewer.all("table.tasks tbody tr")
			.stream()
			.filter((row) -> row.getText().contains(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reference + " is not among Gafsa's reviews"))
			.findElement(By.cssSelector("a.task-link")));
		assertThat(reviewer.text(".summary")).contains(reference);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
