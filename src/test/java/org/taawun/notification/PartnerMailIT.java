package org.taawun.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.taawun.support.DueJobs;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Partner mail delivered to a real SMTP server (GreenMail, in the test) from the outbox
 * on PostgreSQL: its language, its attachments, delivery once when the server was down, a
 * sender crashing after the server accepted, 200 messages at once, the secretariat's task
 * after the last attempt, and the links partners answer by.
 */
@PostgresIntegrationTest
class PartnerMailIT {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ManagementService management;

	@Autowired
	private MailDelivery delivery;

	@Autowired
	private Outbox outbox;

	@Autowired
	private PartnerLinks links;

	@Autowired
	private PartnerMails partnerMails;

	@Autowired
	private MailSettings settings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("taawun.mail.host", () -> "127.0.0.1");
		properties.add("taawun.mail.port", () -> SMTP_PORT);
		properties.add("taawun.mail.from", () -> "taawun@taawun.example");
		// the test delivers when it says so; failures are tried again at once
		properties.add("taawun.mail.poll", () -> "PT1H");
		properties.add("taawun.mail.first-retry", () -> "PT0S");
		// short, for a crashed sender's message to be taken over within the test; longer
		// than a batch takes on a busy machine
		properties.add("taawun.mail.lease", () -> "PT3S");
	}

	@BeforeAll
	static void startTheMailServer() {
		smtpUp();
	}

	@AfterAll
	static void stopTheMailServer() {
		smtp.stop();
	}

	@AfterEach
	void mailServerBackUp() {
		if (!smtp.isRunning()) {
			smtpUp();
		}
	}

	@Test
	void mailsTheDraftToATurkishPartnerInTurkishWithThePdfItWasIssuedAs() throws Exception {
		String partner = unique("konya");
		long id = negotiated("sec.gafsa", "TN", "gafsa", partner, "tr");

		this.delivery.deliverDue();

		MimeMessage mail = single(partner);
		assertThat(mail.getSubject()).contains("Müzakere için sözleşme taslağı", "اتفاقية توأمة");
		assertThat(mail.getHeader("Content-Language")).containsExactly("tr");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getPersonal()).contains("Municipalité de Gafsa", "بلدية قفصة");
		assertThat(mail.getReplyTo()).extracting(Object::toString)
			.containsExactly("cooperation@commune-gafsa.example.tn");
		String text = text(mail);
		assertThat(text).contains("Sayın Yetkili", "/partner/", "Saygılarımızla", "بلدية قفصة");

		JsonNode message = messages("sec.gafsa", id).get(0);
		assertThat(mail.getMessageID()).isEqualTo(message.get("messageId").asText());
		assertThat(message.get("status").asText()).isEqualTo("SENT");

		Part attachment = attachments(mail).get(0);
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		assertThat(attachment.getFileName()).startsWith("Sözleşme taslağı ").endsWith("_PC-1.pdf");
		assertThat(String.join(" ", ((BodyPart) attachment).getHeader("Content-Disposition"))).contains("filename*",
				"UTF-8''S%C3%B6zle%C5%9Fme");
		byte[] pdf;
		try (InputStream in = attachment.getInputStream()) {
			pdf = in.readAllBytes();
		}
		JsonNode issued = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements/{id}/documents", JsonNode.class, id)
			.get(1);
		assertThat(issued.get("kind").asText()).isEqualTo("CONVENTION_DRAFT");
		assertThat(sha256(pdf)).isEqualTo(issued.get("fileSha256").asText());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
				.contains(issued.get("fingerprint").asText());
		}
	}

	@Test
	void mailsNothingToAPartnerBroughtInWithoutAnAddressAndStillIssuesItsDocument() {
		String key = "NO-ADDRESS-" + System.nanoTime();
		String agreements = "key,jurisdiction,localAuthority,instrument,titleAr,titleFr,partnerName,partnerCity,"
				+ "partnerCountry,state\n" + key
				+ ",TN,gafsa,TWINNING,توأمة قفصة,Jumelage Gafsa – Lecce,Città di Lecce,Lecce,IT,NEGOTIATION\n";
		MultiValueMap<String, Object> file = new LinkedMultiValueMap<>();
		HttpHeaders csv = new HttpHeaders();
		csv.setContentType(new MediaType("text", "csv"));
		file.add("file", new HttpEntity<>(new ByteArrayResource(agreements.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "agreements.csv";
			}
		}, csv));
		HttpHeaders multipart = new HttpHeaders();
		multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(this.rest.withBasicAuth("sec.gafsa", "demo")
			.postForEntity("/api/imports", new HttpEntity<>(file, multipart), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = this.jdbc.sql("select id from agreement where import_key = ?").param(key).query(Long.class).single();
		String reference = this.jdbc.sql("select reference from agreement where id = ?")
			.param(id)
			.query(String.class)
			.single();
		int outbox = this.jdbc.sql("select count(*) from outbox_message where agreement_id is not null")
			.query(Integer.class)
			.single();

		complete("sec.gafsa", reference, "Task_NegotiateDraft", Map.of("negotiationSummary", "Texte arrêté.",
				"textAgreedOn", java.time.LocalDate.now().toString(), "durationYears", 5, "renewalMode", "EXPRESS"));
		DueJobs.run(this.management);

		JsonNode documents = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements/{id}/documents", JsonNode.class, id);
		assertThat(documents.findValuesAsText("kind")).contains("CONVENTION_DRAFT");
		assertThat(messages("sec.gafsa", id)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from outbox_message where agreement_id is not null")
			.query(Integer.class)
			.single()).isEqualTo(outbox);
	}

	@Test
	void deliversOnceAndLateWhenTheMailServerWasDown() throws Exception {
		String partner = unique("bordeaux");
		// what earlier steps wrote (staff mail among it) goes first
		this.delivery.deliverDue();
		smtp.stop();
		long id = negotiated("sec.oran", "DZ", "oran", partner, "fr");

		this.delivery.deliverDue();

		JsonNode waiting = messages("sec.oran", id).get(0);
		assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
		assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
		assertThat(waiting.get("note").asText()).contains("tentative");

		smtpUp();
		this.delivery.deliverDue();
		this.delivery.deliverDue();

		assertThat(received(partner)).hasSize(1);
		assertThat(text(received(partner).get(0))).contains("Madame, Monsieur", "projet de convention");
		assertThat(messages("sec.oran", id).get(0).get("status").asText()).isEqualTo("SENT");
	}

	@Test
	void sendsAgainWithTheSameMessageIdWhenTheSenderDiedAfterTheServerAccepted() throws Exception {
		String partner = unique("crash");
		long messageId = queued(partner, "crash");
		JavaMailSenderImpl dying = new DiesAfterTheServerAccepts(SMTP_PORT);

		assertThatIllegalStateException().isThrownBy(() -> this.delivery.deliver(List.of(messageId), dying));
		assertThat(received(partner)).hasSize(1);
		assertThat(this.outbox.find(messageId).orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);

		waitUntil(Duration.ofSeconds(10), () -> {
			this.delivery.deliverDue();
			return this.outbox.find(messageId).orElseThrow().status() == OutboxMessage.Status.SENT;
		});

		List<MimeMessage> copies = received(partner);
		assertThat(copies).hasSize(2);
		assertThat(messageIds(copies)).containsExactly(this.outbox.find(messageId).orElseThrow().messageId());
	}

	@Test
	void delivers200MailsQueuedAtOnceEachOnceWithTwoSenders() throws Exception {
		String batch = unique("bulk");
		// what earlier steps wrote (staff mail among it) goes first: the two senders
		// share these 200 alone, each batch well within the test's three-second lease
		this.delivery.deliverDue();
		List<Long> queued = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			queued.add(queued(batch.replace("@", "-" + i + "@"), batch + "-" + i));
		}

		CompletableFuture<Void> first = CompletableFuture.runAsync(this.delivery::deliverDue);
		CompletableFuture<Void> second = CompletableFuture.runAsync(this.delivery::deliverDue);
		CompletableFuture.allOf(first, second).join();

		List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
			.filter((mail) -> recipient(mail).startsWith(batch.substring(0, batch.indexOf('@'))))
			.toList();
		assertThat(received).hasSize(200);
		assertThat(messageIds(received)).hasSize(200);
		assertThat(queued).allMatch((id) -> this.outbox.find(id).orElseThrow().status() == OutboxMessage.Status.SENT);
	}

	@Test
	void asksTheSecretariatToCheckTheAddressAfterTheLastAttemptAndSendsAgainToTheCorrectedOne() throws Exception {
		String partner = unique("annaba");
		long id = negotiated("sec.annaba", "DZ", "annaba", partner, "fr");
		long messageId = messages("sec.annaba", id).get(0).get("id").asLong();
		// the attempts before the last one failed already; the last is due by the
		// application's clock, which counts whole milliseconds
		this.outbox.failed(messageId, this.settings.maxAttempts() - 1, this.clock.instant(), "connection refused",
				false);
		smtp.stop();

		this.delivery.deliverDue();

		assertThat(messages("sec.annaba", id).get(0).get("status").asText()).isEqualTo("FAILED");
		JsonNode task = taskOf("sec.annaba", "Task_CheckPartnerAddress");
		assertThat(task).as("the secretariat is asked to check the address").isNotNull();
		assertThat(this.rest.withBasicAuth("sec.annaba", "demo")
			.getForObject("/api/tasks/{id}", JsonNode.class, task.get("id").asText())
			.at("/variables/failedAddress")
			.asText()).isEqualTo(partner);

		smtpUp();
		String corrected = unique("annaba-corrected");
		ResponseEntity<JsonNode> done = this.rest.withBasicAuth("sec.annaba", "demo")
			.postForEntity("/api/tasks/{id}/complete",
					json(Map.of("mailDecision", "RESEND", "partnerEmail", corrected)), JsonNode.class,
					task.get("id").asText());
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
		this.delivery.deliverDue();

		assertThat(received(corrected)).hasSize(1);
		assertThat(received(partner)).isEmpty();
		assertThat(this.rest.withBasicAuth("sec.annaba", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id)
			.at("/partner/email")
			.asText()).isEqualTo(corrected);
	}

	@Test
	void acknowledgesOnceThroughTheLinkAndShowsAUsedLinkAsUsed() {
		long id = negotiated("sec.gafsa", "TN", "gafsa", unique("ack"), "tr");
		String token = linkOf("sec.gafsa", id);

		ResponseEntity<String> page = this.rest.getForEntity("/partner/" + token, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'",
				"frame-ancestors 'none'");
		assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.getBody()).contains("lang=\"tr\"", "Bu belgeleri aldığımı bildiririm", "<form");

		ResponseEntity<String> answered = this.rest.postForEntity("/partner/" + token, null, String.class);
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answered.getBody()).contains("alındı bildiriminiz kaydedildi").doesNotContain("<form");

		ResponseEntity<String> again = this.rest.postForEntity("/partner/" + token, null, String.class);
		assertThat(again.getBody()).contains("daha önce kullanıldı").doesNotContain("<form");
		assertThat(answers(id)).containsExactly("ACKNOWLEDGE");
	}

	@Test
	void remindsAPartnerWhoHasNotAnsweredOnceWithTheSameLink() throws Exception {
		String partner = unique("silent");
		long id = negotiated("sec.oran", "DZ", "oran", partner, "fr");
		String token = linkOf("sec.oran", id);
		this.delivery.deliverDue();
		this.jdbc.sql("update partner_link set created_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(this.settings.reminderAfter()).minusSeconds(60)),
					token.substring(0, token.indexOf('.')))
			.update();

		this.partnerMails.remindSilentPartners();
		this.partnerMails.remindSilentPartners();
		this.delivery.deliverDue();

		List<MimeMessage> received = received(partner);
		assertThat(received).hasSize(2);
		assertThat(received.get(1).getSubject()).startsWith("Rappel : votre réponse est attendue");
		assertThat(text(received.get(1))).contains("/partner/" + token, "reste valable");
		assertThat(messageIds(received)).hasSize(2);
	}

	@Test
	void refusesAnAlteredOrExpiredLinkWithAPageAndChangesNothing() {
		long id = negotiated("sec.oran", "DZ", "oran", unique("refused"), "fr");
		String token = linkOf("sec.oran", id);
		String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

		ResponseEntity<String> alteredPage = this.rest.postForEntity("/partner/" + altered, null, String.class);
		assertThat(alteredPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(alteredPage.getBody()).contains("n’est pas valide", "Rien n’a été modifié");
		assertThat(this.rest.getForEntity("/partner/" + token.substring(0, 22), String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		this.jdbc.sql("update partner_link set expires_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(60)), token.substring(0, token.indexOf('.')))
			.update();
		ResponseEntity<String> expired = this.rest.postForEntity("/partner/" + token, null, String.class);
		assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
		assertThat(expired.getBody()).contains("a expiré", "Rien n’a été modifié").doesNotContain("<form");
		assertThat(this.rest.getForEntity("/partner/" + token + "/documents/1", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(answers(id)).isEmpty();
	}

	@Test
	void refusesAnAcceptanceTheAgreementDoesNotAwaitAndKeepsTheLinkOpen() {
		long id = negotiated("sec.oran", "DZ", "oran", unique("early"), "fr");
		long documentId = this.rest.withBasicAuth("sec.oran", "demo")
			.getForObject("/api/agreements/{id}/documents", JsonNode.class, id)
			.get(1)
			.get("id")
			.asLong();
		PartnerLink early = this.links.create(id, LinkPurpose.ACCEPT_TEXT, "fr", List.of(documentId));
		String token = this.links.url(early).substring(this.links.url(early).indexOf("/partner/") + 9);

		ResponseEntity<String> page = this.rest.postForEntity("/partner/" + token, null, String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getBody()).contains("n’est plus attendue", "Rien n’a été modifié").doesNotContain("<form");
		assertThat(this.links.open(token).state()).isEqualTo(PartnerLinks.LinkState.OPEN);
		assertThat(answers(id)).isEmpty();
	}

	/** Drafts an agreement and carries it past negotiation: its draft is mailed. */
	private long negotiated(String secretary, String jurisdiction, String authority, String partnerEmail,
			String language) {
		Map<String, Object> body = Map.of(
				"jurisdiction", jurisdiction, "localAuthority", authority, "instrument", "TWINNING", "titleAr",
				"اتفاقية توأمة", "titleFr", "Jumelage", "partner", Map.of("name", "Selçuklu Belediyesi", "city",
						"Konya", "country", "TR", "email", partnerEmail, "language", language),
				"fields", List.of("CULTURE"));
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth(secretary, "demo")
			.postForEntity("/api/agreements", json(body), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = created.getBody().get("id").asLong();
		String reference = created.getBody().get("reference").asText();
		complete(secretary, reference, "Task_CheckEligibility", Map.of("partnerIsLocalAuthority", true,
				"publicInterestConfirmed", true, "withinCompetences", true, "eligibilityDecision", "ELIGIBLE"));
		complete(secretary, reference, "Task_NegotiateDraft", Map.of("negotiationSummary", "Texte arrêté.",
				"textAgreedOn", java.time.LocalDate.now().toString(), "durationYears", 5, "renewalMode", "EXPRESS"));
		DueJobs.run(this.management);
		return id;
	}

	/** Writes a message straight into the outbox, as a step would. */
	private long queued(String recipient, String key) {
		long agreementId = this.jdbc.sql("select min(id) from agreement").query(Long.class).single();
		Instant now = Instant.now();
		this.outbox.write(key,
				new OutboxMessage(0, "<" + key + "@taawun.example>", agreementId, MailPurpose.DRAFT_FOR_NEGOTIATION,
						recipient, "fr", "Commune d'Oran – بلدية وهران", null, "Projet " + key, "Madame, Monsieur,",
						List.of(), null, OutboxMessage.Status.PENDING, 0, now, null, now, null));
		return this.jdbc.sql("select id from outbox_message where dedup_key = ?").param(key).query(Long.class).single();
	}

	private String linkOf(String secretary, long id) {
		String body = messages(secretary, id).get(0).get("body").asText();
		int start = body.indexOf("/partner/") + "/partner/".length();
		return body.substring(start).split("\\s")[0];
	}

	private List<String> answers(long id) {
		return this.rest.withBasicAuth("admin", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id)
			.get("timeline")
			.findParents("kind")
			.stream()
			.filter((entry) -> "PARTNER_ANSWERED".equals(entry.get("kind").asText()))
			.map((entry) -> entry.get("subject").asText())
			.toList();
	}

	private JsonNode messages(String user, long id) {
		return this.rest.withBasicAuth(user, "demo").getForObject("/api/agreements/{id}/messages", JsonNode.class, id);
	}

	private void complete(String user, String reference, String taskKey, Map<String, Object> values) {
		JsonNode task = null;
		for (JsonNode candidate : this.rest.withBasicAuth(user, "demo").getForObject("/api/tasks", JsonNode.class)) {
			if (reference.equals(candidate.get("reference").asText())
					&& taskKey.equals(candidate.get("key").asText())) {
				task = candidate;
			}
		}
		assertThat(task).as("%s is offered %s", user, taskKey).isNotNull();
		assertThat(this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/tasks/{id}/complete", json(values), JsonNode.class, task.get("id").asText())
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private JsonNode taskOf(String user, String taskKey) {
		for (JsonNode task : this.rest.withBasicAuth(user, "demo").getForObject("/api/tasks", JsonNode.class)) {
			if (taskKey.equals(task.get("key").asText())) {
				return task;
			}
		}
		return null;
	}

	private static MimeMessage single(String recipient) {
		List<MimeMessage> received = received(recipient);
		assertThat(received).as("mail to %s", recipient).hasSize(1);
		return received.get(0);
	}

	private static List<MimeMessage> received(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> recipient.equals(recipient(mail))).toList();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> messageIds(List<MimeMessage> mails) {
		return mails.stream().map((mail) -> {
			try {
				return mail.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.toSet());
	}

	private static String text(MimeMessage mail) throws MessagingException, IOException {
		Multipart parts = (Multipart) mail.getContent();
		Object first = parts.getBodyPart(0).getContent();
		return (first instanceof Multipart alternative) ? alternative.getBodyPart(0).getContent().toString()
				: first.toString();
	}

	private static List<Part> attachments(MimeMessage mail) throws MessagingException, IOException {
		Multipart parts = (Multipart) mail.getContent();
		List<Part> attachments = new ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				attachments.add(parts.getBodyPart(i));
			}
		}
		return attachments;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(end);
			Thread.sleep(200);
		}
	}

	private static String unique(String name) {
		return name + "-" + System.nanoTime() + "@partner.example";
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static void smtpUp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sender that dies after the server accepted the message, before it can say so. */
	private static final class DiesAfterTheServerAccepts extends JavaMailSenderImpl {

		DiesAfterTheServerAccepts(int port) {
			setHost("127.0.0.1");
			setPort(port);
		}

		@Override
		public void send(MimeMessage... messages) {
			super.send(messages);
			throw new IllegalStateException("the sender died after the server accepted the message");
		}

	}

}
