package org.taawun.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * My tasks as a secretary finds the work in it: words, step, due date, order, who holds
 * each task and for which authority, and the count in the navigation of every page.
 */
@PostgresIntegrationTest
class TaskListIT {

	private static final Pattern NAV_COUNT = Pattern.compile("class=\"nav-count\" aria-hidden=\"true\">(\\d+)<");

	private static final Pattern ROW_REFERENCE = Pattern
		.compile("class=\"reference\" dir=\"ltr\">([A-Z]+-\\d{4}-\\d{3})<");

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private TaskService engineTasks;

	@Test
	void findsATaskByPartnerWhateverItsAccentsAndByDueDateAndShowsWhoHoldsIt() throws Exception {
		String mark = "Tozeur" + System.nanoTime() % 100_000;
		String izmir = draft("Jumelage " + mark + " – İzmir", "Karşıyaka Belediyesi");
		String fribourg = draft("Partenariat " + mark + " – Fribourg", "Ville de Fribourg");
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.gafsa");

		String byPartner = secretary.get("/?q=karsiyaka+belediyesi").body();
		assertThat(references(byPartner)).contains(izmir).doesNotContain(fribourg);
		String byWord = secretary.get("/?q=" + mark.toLowerCase()).body();
		assertThat(references(byWord)).contains(izmir, fribourg);
		// the authority by its name, not its code
		assertThat(byWord).containsPattern("<td class=\"authority\"[^>]*>Municipalité de Gafsa</td>");
		String inArabic = secretary.get("/?lang=ar&q=" + mark).body();
		assertThat(inArabic).containsPattern("<td class=\"authority\"[^>]*>بلدية قفصة</td>").contains("مهمتان");

		// overdue: one task past its date; this week: the other, due in two days
		this.engineTasks.setDueDate(taskOf(izmir), Date.from(Instant.now().minus(Duration.ofDays(1))));
		this.engineTasks.setDueDate(taskOf(fribourg), Date.from(Instant.now().plus(Duration.ofDays(2))));
		assertThat(references(secretary.get("/?due=overdue&q=" + mark).body())).containsExactly(izmir);
		assertThat(references(secretary.get("/?due=week&q=" + mark).body())).containsExactly(fribourg);
		assertThat(references(secretary.get("/?sort=reference&q=" + mark).body())).containsExactly(izmir, fribourg);
		assertThat(references(secretary.get("/?step=Task_CheckEligibility&q=" + mark).body())).hasSize(2);
		assertThat(secretary.get("/?lang=fr&step=Task_SignAgreement&q=" + mark).body())
			.contains("Aucune de vos tâches ne correspond à ces critères.");

		// a colleague's task says who holds it, by name
		this.engineTasks.claim(taskOf(fribourg), "exec.gafsa");
		assertThat(secretary.get("/?q=" + mark).body()).doesNotContain("Prise par exec.gafsa").contains("Prise par ");
	}

	@Test
	void countsTheOpenTasksInTheNavigationOfEveryPage() throws Exception {
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.oran");
		int before = navCount(secretary.get("/agreements").body());
		draft("Jumelage Oran – Alicante " + System.nanoTime(), "Ayuntamiento de Alicante", "oran", "DZ");

		assertThat(navCount(secretary.get("/dashboard").body())).isEqualTo(before + 1);
		String page = secretary.get("/account").body();
		assertThat(navCount(page)).isEqualTo(before + 1);
		assertThat(page).contains((before + 1) + " tâches en attente");
	}

	@Test
	void showsALongListFiftyTasksAtATimeTheMostUrgentFirst() throws Exception {
		for (int i = 0; i < TaskList.PAGE_SIZE + 1; i++) {
			draft("Partenariat " + i + " – Bamako", "Commune III du District de Bamako", "rabat", "MA");
		}
		PortalClient secretary = PortalClient.signedIn(this.port, "sec.rabat");

		String first = secretary.get("/").body();
		Matcher count = Pattern.compile("role=\"status\">(\\d+) tâches<").matcher(first);
		assertThat(count.find()).as("the count of the tasks found").isTrue();
		int found = Integer.parseInt(count.group(1));
		assertThat(found).isGreaterThan(TaskList.PAGE_SIZE);
		int pages = (found + TaskList.PAGE_SIZE - 1) / TaskList.PAGE_SIZE;
		assertThat(references(first)).hasSize(TaskList.PAGE_SIZE);
		assertThat(first).contains("Page 1 sur " + pages, "href=\"/?page=1\"").doesNotContain("rel=\"prev\"");
		String last = secretary.get("/?page=" + (pages - 1)).body();
		assertThat(references(last)).hasSize(found - (pages - 1) * TaskList.PAGE_SIZE)
			.doesNotContainAnyElementsOf(references(first));
		assertThat(last).contains("Page " + pages + " sur " + pages, "rel=\"prev\"").doesNotContain("rel=\"next\"");
		// past the last page, the last page; a page that is not a number, the first
		assertThat(references(secretary.get("/?page=99").body())).isEqualTo(references(last));
		assertThat(references(secretary.get("/?page=deux").body())).isEqualTo(references(first));
	}

	private String draft(String titleFr, String partner) {
		return draft(titleFr, partner, "gafsa", "TN");
	}

	private String draft(String titleFr, String partner, String authority, String jurisdiction) {
		String body = """
				{"jurisdiction":"%s","localAuthority":"%s","instrument":"TWINNING",
				 "titleAr":"اتفاقية توأمة","titleFr":"%s",
				 "partner":{"name":"%s","city":"Ville","country":"TR","email":"x@example.org","language":"fr"},
				 "fields":["CULTURE"]}""".formatted(jurisdiction, authority, titleFr, partner);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		JsonNode created = this.rest.withBasicAuth("sec." + authority, "demo")
			.postForObject("/api/agreements", new HttpEntity<>(body, headers), JsonNode.class);
		return created.get("reference").asText();
	}

	private String taskOf(String reference) {
		return this.engineTasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
	}

	private static java.util.List<String> references(String page) {
		java.util.List<String> found = new java.util.ArrayList<>();
		Matcher reference = ROW_REFERENCE.matcher(page);
		while (reference.find()) {
			found.add(reference.group(1));
		}
		return found;
	}

	private static int navCount(String page) {
		Matcher count = NAV_COUNT.matcher(page);
		assertThat(count.find()).as("a count of tasks in the navigation").isTrue();
		return Integer.parseInt(count.group(1));
	}

}
