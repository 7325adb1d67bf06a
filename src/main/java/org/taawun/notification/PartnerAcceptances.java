package org.taawun.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementNotFoundException;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.agreement.TimelineEntry;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.identity.Role;

/**
 * The other ways through the partner's acceptance of the final text, for the
 * municipality's secretariat: a new link when the last one expired or went astray (the
 * old one dies), or the acceptance made on paper recorded with its scanned act; and the
 * secretariat told when a link expires unanswered.
 */
@Service
public class PartnerAcceptances {

	private static final Logger log = LoggerFactory.getLogger(PartnerAcceptances.class);

	private final Agreements agreements;

	private final AgreementProcess process;

	private final AgreementSteps steps;

	private final PartnerLinks links;

	private final PartnerMails mails;

	private final PartnerActs acts;

	private final StaffMail staff;

	private final ScannedActs checks;

	private final Clock clock;

	PartnerAcceptances(Agreements agreements, AgreementProcess process, AgreementSteps steps, PartnerLinks links,
			PartnerMails mails, PartnerActs acts, StaffMail staff, ScannedActs checks, Clock clock) {
		this.agreements = agreements;
		this.process = process;
		this.steps = steps;
		this.links = links;
		this.mails = mails;
		this.acts = acts;
		this.staff = staff;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * Mails the partner a new link to accept the final text, with the same documents; the
	 * earlier links die.
	 * @throws AnswerNotAwaitedException unless the lifecycle waits for the acceptance and
	 * a link was ever sent
	 */
	@Transactional
	public void resendLink(long id, Account secretary) {
		Agreement agreement = awaiting(id, secretary);
		List<PartnerLink> sent = this.links.of(id, LinkPurpose.ACCEPT_TEXT);
		if (sent.isEmpty()) {
			// a partner without an address was never sent one: the paper is the way
			throw new AnswerNotAwaitedException(agreement.reference());
		}
		this.links.supersede(id, LinkPurpose.ACCEPT_TEXT);
		this.mails.resend(agreement, sent.get(sent.size() - 1));
	}

	/**
	 * Records the partner's acceptance made on paper, with its scanned act: the links
	 * die, the signature can proceed.
	 * @throws InvalidSubmissionException with a message per refused field; nothing kept
	 * @throws AnswerNotAwaitedException unless the lifecycle waits for the acceptance
	 */
	@Transactional
	public PartnerAct recordOnPaper(long id, PaperAcceptance paper, Account secretary) {
		Agreement agreement = awaiting(id, secretary);
		String mediaType = this.checks.refuseInvalid(agreement, paper);
		PartnerAct act = this.acts.keep(new PartnerAct(0, id, paper.acceptedOn(), paper.means(),
				ScannedActs.filename(paper.filename()), mediaType, paper.scan().length,
				ScannedActs.sha256(paper.scan()), secretary.userId(), this.clock.instant()), paper.scan());
		this.links.supersede(id, LinkPurpose.ACCEPT_TEXT);
		this.steps.partnerAnswered(id, true, "PAPER_" + paper.means());
		return act;
	}

	/** The acts received on paper for the agreement. */
	@Transactional(readOnly = true)
	public List<PartnerAct> acts(long id, Account viewer) {
		visible(id, viewer);
		return this.acts.of(id);
	}

	/** A scanned act as it was received. */
	@Transactional(readOnly = true)
	public Optional<Scan> scan(long id, long actId, Account viewer) {
		visible(id, viewer);
		return this.acts.of(id)
			.stream()
			.filter((act) -> act.id() == actId)
			.findFirst()
			.flatMap((act) -> this.acts.content(id, actId).map((content) -> new Scan(act, content)));
	}

	/**
	 * Tells the secretariat, once per link, that a partner's link to accept the final
	 * text expired unanswered while the lifecycle still waits; runs on every node.
	 */
	@Scheduled(fixedDelayString = "${taawun.staff-mail.watch-every:PT15M}",
			initialDelayString = "${taawun.staff-mail.watch-every:PT15M}")
	@Transactional
	public void reportExpiredLinks() {
		for (PartnerLink link : this.links.expiredUnreported(LinkPurpose.ACCEPT_TEXT)) {
			Agreement agreement = this.agreements.visible(link.agreementId(), Account.system()).orElseThrow();
			this.links.expiryReported(link.id());
			if (this.process.awaitsPartnerAcceptance(agreement.reference())) {
				this.staff.linkExpired(agreement, link.id(), link.expiresAt());
				this.steps.recordEvent(agreement.id(), TimelineEntry.Kind.LINK_EXPIRED, link.id(),
						Account.system().userId());
				log.info("The partner's link of {} expired unanswered; its secretariat was told",
						agreement.reference());
			}
		}
	}

	/** Whether the account may resend the link or record the acceptance now. */
	public boolean mayFollowUp(Agreement agreement, Account account) {
		return account.has(Role.SECRETARIAT, agreement.localAuthority())
				&& this.process.awaitsPartnerAcceptance(agreement.reference());
	}

	private Agreement awaiting(long id, Account secretary) {
		Agreement agreement = visible(id, secretary);
		if (!secretary.has(Role.SECRETARIAT, agreement.localAuthority())) {
			throw new AccessDeniedException("Only the authority's secretariat follows up the partner's acceptance");
		}
		if (!this.process.awaitsPartnerAcceptance(agreement.reference())) {
			throw new AnswerNotAwaitedException(agreement.reference());
		}
		return agreement;
	}

	private Agreement visible(long id, Account viewer) {
		return this.agreements.visible(id, viewer).orElseThrow(() -> new AgreementNotFoundException(id));
	}

	/** The partner's acceptance made on paper, as the secretariat gives it. */
	public record PaperAcceptance(LocalDate acceptedOn, PaperMeans means, String filename, byte[] scan) {
	}

	/** A scanned act and its bytes. */
	public record Scan(PartnerAct act, byte[] content) {

		/** The act as a download, under the name it was sent with. */
		public ResponseEntity<byte[]> download() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.act.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.act.filename(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(this.content);
		}

	}

}
