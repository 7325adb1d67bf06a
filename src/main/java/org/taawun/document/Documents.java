package org.taawun.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.Agreements;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * Issues an agreement's documents and keeps them: each is rendered from its template,
 * numbered, dated, fingerprinted, and stored as a new version that never changes.
 */
@Service
public class Documents {

	/** Where the fingerprint goes in a document's HTML, until it is known. */
	private static final String FINGERPRINT_SLOT = "@@fingerprint@@";

	private final DocumentRepository repository;

	private final Agreements agreements;

	private final LocalAuthorities authorities;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final DocumentSeal seal;

	private final DocumentModels models;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Documents(DocumentRepository repository, Agreements agreements, LocalAuthorities authorities,
			ITemplateEngine templates, PdfRenderer renderer, DocumentSeal seal, DocumentModels models, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.seal = seal;
		this.repository = repository;
		this.agreements = agreements;
		this.authorities = authorities;
		this.templates = templates;
		this.renderer = renderer;
		this.models = models;
		this.clock = clock;
	}

	/**
	 * Issues a new version of a document of the agreement, once per request: a request
	 * answered already gets the document it got.
	 * @param step the process step that issues it
	 * @param author who acted in that step
	 * @param facts what the steps recorded that the document states (a deliberation's
	 * number)
	 * @param request what asks for the document, unique to each asking
	 */
	@Transactional
	public IssuedDocument issue(long agreementId, DocumentKind kind, String step, String author, ActFacts facts,
			String request) {
		Optional<IssuedDocument> answered = this.repository.forRequest(request);
		if (answered.isPresent()) {
			// a retried request renders nothing
			return answered.get();
		}
		Agreement agreement = this.agreements.visible(agreementId, Account.system()).orElseThrow();
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		// rendered before the agreement's documents are locked, so that the lock is held
		// for an insert, not for a rendering
		IssuedPdf rendered = render(agreement, authority, kind, this.repository.nextVersion(agreementId, kind), step,
				author, facts);
		// two steps of one agreement may issue the same kind of document at once (the
		// referral letters to the wali and to the Ministry): the second waits here, then
		// takes the next version
		this.repository.lockDocumentsOf(agreementId);
		answered = this.repository.forRequest(request);
		if (answered.isPresent()) {
			// answered by another worker while this one rendered
			return answered.get();
		}
		int version = this.repository.nextVersion(agreementId, kind);
		if (version != rendered.document().version()) {
			rendered = render(agreement, authority, kind, version, step, author, facts);
		}
		IssuedDocument issued = this.repository
			.find(this.repository.insert(rendered.document(), rendered.pdf(), request))
			.orElseThrow();
		this.events.publishEvent(new DocumentIssued(issued));
		return issued;
	}

	private IssuedPdf render(Agreement agreement, LocalAuthority authority, DocumentKind kind, int version, String step,
			String author, ActFacts facts) {
		String number = agreement.reference() + "/" + kind.code() + "-" + version;
		Instant issuedAt = this.clock.instant();
		LocalDate issuedOn = LocalDate.ofInstant(issuedAt, this.clock.getZone());
		Context model = this.models.act(agreement, authority, kind, number, issuedOn, facts);
		model.setVariable("kind", kind.name());

		// the printed fingerprint is the SHA-256 of what the document says, its own slot
		// left blank; the template is processed once and the fingerprint put in after
		String html = html(kind, model, FINGERPRINT_SLOT);
		String fingerprint = sha256(
				(kind + "|" + number + "|" + html.replace(FINGERPRINT_SLOT, "")).getBytes(StandardCharsets.UTF_8));
		byte[] pdf = this.seal.seal(this.renderer.render(html.replace(FINGERPRINT_SLOT, fingerprint)), number);
		return new IssuedPdf(new IssuedDocument(0, agreement.id(), kind, number, step, version, author, issuedAt,
				fingerprint, sha256(pdf), number.replace('/', '_') + ".pdf", pdf.length), pdf);
	}

	private record IssuedPdf(IssuedDocument document, byte[] pdf) {
	}

	/** The documents of an agreement the viewer may see, oldest first. */

	@Transactional(readOnly = true)
	public List<IssuedDocument> of(long agreementId, Account viewer) {
		return this.agreements.visible(agreementId, viewer)
			.map((agreement) -> this.repository.ofAgreement(agreementId))
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
	}

	/**
	 * The newest version of each kind of document of an agreement the viewer may see;
	 * empty when the viewer may not see the agreement.
	 */
	@Transactional(readOnly = true)
	public Map<DocumentKind, IssuedDocument> latestOf(long agreementId, Account viewer) {
		if (this.agreements.visible(agreementId, viewer).isEmpty()) {
			return Map.of();
		}
		return this.repository.ofAgreement(agreementId)
			.stream()
			.collect(Collectors.toMap(IssuedDocument::kind, Function.identity(),
					BinaryOperator.maxBy(Comparator.comparingInt(IssuedDocument::version)),
					() -> new EnumMap<>(DocumentKind.class)));
	}

	/** A document and its bytes, if the viewer may see its agreement. */

	@Transactional(readOnly = true)
	public Optional<Pdf> pdf(long documentId, Account viewer) {
		return this.repository.find(documentId)
			.filter((document) -> this.agreements.visible(document.agreementId(), viewer).isPresent())
			.map((document) -> new Pdf(document, this.repository.content(documentId)));
	}

	/**
	 * Whether Taawun issued a document with that SHA-256, printed in its footer or of its
	 * file; answers what anyone holding the document may know.
	 */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String sha256) {
		return this.repository.bySha256(sha256.toLowerCase(Locale.ROOT)).map(this::verification);
	}

	private Verification verification(IssuedDocument document) {
		Agreement agreement = this.agreements.visible(document.agreementId(), Account.system()).orElseThrow();
		return new Verification(document.number(), document.kind(), document.version(), document.issuedAt(),
				agreement.reference(), agreement.localAuthority(), agreement.titles().ar(), agreement.titles().fr());
	}

	/** Whether the bytes are exactly those of a document Taawun issued. */
	@Transactional(readOnly = true)
	public Optional<Verification> verifyFile(byte[] pdf) {
		return this.repository.byFileSha256(sha256(pdf)).map(this::verification);
	}

	private String html(DocumentKind kind, Context model, String fingerprint) {

		model.setVariable("fingerprint", fingerprint);
		return this.templates.process(kind.template(), model);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A document with its bytes. */
	public record Pdf(IssuedDocument document, byte[] content) {
	}

	/**
	 * What the verification of a document tells: that Taawun issued it, which document it
	 * is and for which agreement.
	 */
	public record Verification(String number, DocumentKind kind, int version, Instant issuedAt, String agreement,
			String localAuthority, String titleAr, String titleFr) {
	}

}
