package org.taawun.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.taawun.identity.Directory;
import org.taawun.identity.Role;
import org.taawun.notification.MailDelivery;
import org.taawun.notification.StaffMail;
import org.taawun.support.PortalClient;
import org.taawun.support.PostgresIntegrationTest;
import org.taawun.workflow.steps.DeadlineWatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff told of their tasks by mail, delivered to a real SMTP server (GreenMail) from
 * the outbox on PostgreSQL: a task offered to a group, assigned through the engine's own
 * REST API, near and past its due date (to whoever acts and to the executive above them),
 * once per person and event, in the language each chose on their account page, at once or
 * in one digest a day; nobody without an address is written to.
 */
@PostgresIntegrationTest
class StaffMailIT {

	private static final int SMTP_PORT = freePort();

	private static final String EXECUTIVE = "exec.oran@demo.taawun.org";

	private static GreenMail smtp;

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private MailDelivery delivery;

	@Autowired
	private StaffMail staffMail;

	@Autowired
	private DeadlineWatch watch;

	@Autowired
	private Directory directory;

	@Autowired
	private TaskService engineTasks;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("taawun.mail.host", () -> "127.0.0.1");
		properties.add("taawun.mail.port", () -> SMTP_PORT);
		properties.add("taawun.mail.from", () -> "taawun@taawun.example");
		properties.add("taawun.mail.public-url", () -> "http://taawun.example/");
		properties.add("taawun.mail.poll", () -> "PT1H");
	}

	@BeforeAll
	static void startTheMailServer() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopTheMailServer() {
		smtp.stop();
	}

	@Test
	void aTaskOfferedToAGroupIsMailedToEachMemberInTheirLanguageButNotToWhoeverCausedItNorToAnyoneWithoutAnAddress()
			throws Exception {
		String amina = staff("amina", "Amina", true);
		String silent = staff("sans-adresse", "Sans", false);
		choose(amina, "ar", false);

		String reference = drafted();
		this.delivery.deliverDue();

		List<MimeMessage> toAmina = about(reference, amina);
		assertThat(toAmina).hasSize(1);
		MimeMessage mail = toAmina.get(0);
		String taskId = taskId(reference);
		assertThat(mail.getSubject()).isEqualTo("مهمة في انتظار من يتكفل بها: التحقق من الأهلية – " + reference);
		assertThat(mail.getHeader("Content-Language")).containsExactly("ar");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("تعاون – التعاون اللامركزي");
		assertThat(text(mail)).contains("مرحبا Amina Oran،", "الملف: " + reference, "الأجل: ",
				"http://taawun.example/tasks/" + taskId, "http://taawun.example/account");
		assertThat(about(reference, "sec.oran@demo.taawun.org")).as("the secretary who drafted it").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from staff_notice where user_id = ?")
			.param(silent)
			.query(Integer.class)
			.single()).as("a colleague without an address").isZero();
	}

	@Test
	void anAssignmentThroughTheEngineRestApiThenTheDueDateNearAndPassedAreEachMailedOnceAndOverdueToTheExecutiveToo()
			throws Exception {
		String karim = staff("karim", "Karim", true);
		String reference = drafted();
		String taskId = taskId(reference);
		ResponseEntity<String> assigned = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/engine-rest/task/{id}/assignee", json(Map.of("userId", karim)), String.class, taskId);
		assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		this.delivery.deliverDue();
		assertThat(subjects(reference, karim)).containsExactly(
				"Tâche à prendre : Vérifier l’éligibilité – " + reference,
				"Tâche qui vous est confiée : Vérifier l’éligibilité – " + reference);

		this.engineTasks.setDueDate(taskId, Date.from(this.clock.instant().plus(Duration.ofDays(1))));
		this.watch.watch();
		this.delivery.deliverDue();
		assertThat(subjects(reference, karim)).hasSize(3)
			.last()
			.isEqualTo("Échéance proche : Vérifier l’éligibilité – " + reference);
		assertThat(about(reference, EXECUTIVE)).as("a reminder goes to whoever acts only").isEmpty();

		this.engineTasks.setDueDate(taskId, Date.from(this.clock.instant().minus(Duration.ofHours(1))));
		this.watch.watch();
		this.watch.watch();
		this.delivery.deliverDue();
		assertThat(subjects(reference, karim)).hasSize(4)
			.last()
			.isEqualTo("Échéance dépassée : Vérifier l’éligibilité – " + reference);
		assertThat(subjects(reference, EXECUTIVE))
			.containsExactly("Échéance dépassée : Vérifier l’éligibilité – " + reference);
		assertThat(text(about(reference, EXECUTIVE).get(0))).contains("Bonjour P/APC Oran,",
				"à la personne qui doit agir et à celle qui en répond");

		long id = this.jdbc.sql("select id from agreement where reference = ?")
			.param(reference)
			.query(Long.class)
			.single();
		JsonNode agreement = this.rest.withBasicAuth("sec.oran", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id);
		assertThat(agreement.get("timeline").findValuesAsText("kind")).containsSubsequence("REMINDER", "ESCALATION")
			.filteredOn("ESCALATION"::equals)
			.hasSize(1);
		HttpResponse<String> dashboard = PortalClient.signedIn(this.port, "exec.oran").get("/dashboard");
		assertThat(dashboard.body()).contains("Tâches escaladées", reference, "prise par " + karim);
	}

	@Test
	void whoChoseTheDigestGetsTheDaysNoticesInOneMailAtTheHourAndOnlyOnce() throws Exception {
		String leila = staff("leila", "Leïla", true);
		choose(leila, "fr", true);
		String first = drafted();
		String second = drafted();
		this.delivery.deliverDue();
		assertThat(about(first, leila)).isEmpty();

		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		try {
			at(tomorrow, LocalTime.of(6, 30));
			this.staffMail.writeDigests();
			this.delivery.deliverDue();
			assertThat(digestsTo(leila)).isEmpty();

			at(tomorrow, LocalTime.of(7, 15));
			this.staffMail.writeDigests();
			this.staffMail.writeDigests();
			this.delivery.deliverDue();
		}
		finally {
			ClockUtil.reset();
		}
		List<MimeMessage> digests = digestsTo(leila);
		assertThat(digests).hasSize(1);
		assertThat(text(digests.get(0))).contains("Bonjour Leïla Oran,",
				"À prendre : Vérifier l’éligibilité – " + first, "À prendre : Vérifier l’éligibilité – " + second);
	}

	@Test
	void theAccountPageRefusesAnAddressThatIsNoneAndKeepsWhatWasTyped() throws Exception {
		String nadia = staff("nadia", "Nadia", true);
		PortalClient portal = PortalClient.signedIn(this.port, nadia);

		HttpResponse<String> refused = portal.postForm("/account", "/account", "email", "nadia at oran", "language",
				"ar", "dailyDigest", "true");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Cette adresse n’est pas valide", "value=\"nadia at oran\"");
		assertThat(portal.get("/account").body()).contains(nadia + "@oran.example").doesNotContain("nadia at oran");
	}

	/**
	 * A colleague of the Oran secretariat, with the demo password, and an address or
	 * none.
	 */
	private String staff(String name, String firstName, boolean withAddress) {
		String id = name + "." + System.nanoTime();
		this.directory.createDemoUser(id, firstName, "Oran", withAddress ? id + "@oran.example" : null, "demo");
		this.directory.ensureMembership(id, Role.SECRETARIAT.group("oran"));
		return id;
	}

	/** Chooses on the person's account page, as they would. */
	private void choose(String user, String language, boolean digest) throws Exception {
		PortalClient portal = PortalClient.signedIn(this.port, user);
		HttpResponse<String> saved = portal.postForm("/account", "/account", "email", user + "@oran.example",
				"language", language, "dailyDigest", String.valueOf(digest));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(portal.get("/account").body()).contains("Vos choix sont enregistrés");
	}

	private String drafted() {
		Map<String, Object> body = Map.of("jurisdiction", "DZ", "localAuthority", "oran", "instrument", "TWINNING",
				"titleAr", "اتفاقية توأمة", "titleFr", "Jumelage", "partner", Map.of("name", "Ville de Bordeaux",
						"city", "Bordeaux", "country", "FR", "email", "bordeaux@partner.example", "language", "fr"),
				"fields", List.of("CULTURE"));
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth("sec.oran", "demo")
			.postForEntity("/api/agreements", json(body), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("reference").asText();
	}

	private String taskId(String reference) {
		for (JsonNode task : this.rest.withBasicAuth("sec.oran", "demo").getForObject("/api/tasks", JsonNode.class)) {
			if (reference.equals(task.get("reference").asText())) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("No task of " + reference);
	}

	private void at(LocalDate day, LocalTime time) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(this.clock.getZone()).toInstant()));
	}

	private static List<MimeMessage> about(String reference, String recipient) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((mail) -> recipient(mail).equals(recipient.contains("@") ? recipient : recipient + "@oran.example"))
			.filter((mail) -> subject(mail).endsWith(reference))
			.toList();
	}

	private static List<String> subjects(String reference, String recipient) {
		return about(reference, recipient).stream().map(StaffMailIT::subject).toList();
	}

	private static List<MimeMessage> digestsTo(String user) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((mail) -> recipient(mail).equals(user + "@oran.example"))
			.filter((mail) -> subject(mail).startsWith("Vos tâches – résumé du"))
			.toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage mail) {
		try {
			return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(MimeMessage mail) throws MessagingException, IOException {
		Multipart parts = (Multipart) mail.getContent();
		Object first = parts.getBodyPart(0).getContent();
		return (first instanceof Multipart alternative) ? alternative.getBodyPart(0).getContent().toString()
				: first.toString();
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
