package org.taawun.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The register's use cases: draft an agreement and start its lifecycle, look agreements
 * up, and move them through their legal states.
 */
@Service
public class Agreements {

	/**
	 * Who the timeline says acted when the foreign partner answered: it has no account.
	 */
	public static final String PARTNER = "partner";

	private final AgreementRepository repository;

	private final ReferenceNumbers references;

	private final LocalAuthorities authorities;

	private final AgreementProcess process;

	private final Clock clock;

	private final Validator validator;

	Agreements(AgreementRepository repository, ReferenceNumbers references, LocalAuthorities authorities,
			AgreementProcess process, Clock clock, Validator validator) {
		this.validator = validator;
		this.repository = repository;

		this.references = references;
		this.authorities = authorities;
		this.process = process;
		this.clock = clock;
	}

	/**
	 * Registers a validated draft for the author's authority and starts its lifecycle,
	 * both or neither.
	 * @throws AccessDeniedException unless the author is in the authority's secretariat
	 */
	@Transactional
	public Agreement draft(DraftAgreement draft, Account author) {
		if (!author.has(Role.SECRETARIAT, draft.localAuthority())) {
			throw new AccessDeniedException(
					"Only the secretariat of " + draft.localAuthority() + " drafts its agreements");
		}
		Instant now = this.clock.instant();
		int year = now.atZone(this.clock.getZone()).getYear();
		Agreement agreement = new Agreement(null, this.references.next(draft.localAuthority(), year),
				draft.jurisdiction(), draft.basis(), draft.localAuthority(), draft.instrument(),
				new Agreement.Titles(draft.titleAr(), draft.titleFr()), draft.partner(), draft.fields(),
				AgreementState.INITIATIVE, null, new Agreement.Audit(author.userId(), now, now),
				Agreement.KeyDates.none());
		long id = this.repository.insert(agreement);
		this.repository.recordStateChange(id, now, author.userId(), null, AgreementState.INITIATIVE);
		Agreement saved = get(id);
		this.repository.attachProcess(id, this.process.start(saved, author.userId()));
		return get(id);
	}

	/**
	 * Drafts the agreement once per idempotency key of its author: a request sent again
	 * with the same key finds the agreement the first one created. Two such requests at
	 * the same moment create one agreement: the second fails on the key, and its whole
	 * transaction with it.
	 * @throws org.springframework.dao.DuplicateKeyException if a request with the same
	 * key is drafting at the same moment; asking again finds its agreement
	 */
	@Transactional
	public Drafted draftOnce(DraftAgreement draft, Account author, String idempotencyKey) {
		Optional<Long> earlier = this.repository.byIdempotencyKey(author.userId(), idempotencyKey);
		if (earlier.isPresent()) {
			return new Drafted(get(earlier.get()), false);
		}
		Agreement agreement = draft(draft, author);
		this.repository.rememberIdempotencyKey(author.userId(), idempotencyKey, agreement.id(), this.clock.instant());
		return new Drafted(agreement, true);
	}

	/** The agreement a request with an idempotency key created earlier, if any. */
	@Transactional(readOnly = true)
	public Optional<Agreement> draftedWith(String idempotencyKey, Account author) {
		return this.repository.byIdempotencyKey(author.userId(), idempotencyKey).map(this::get);
	}

	/** An agreement, and whether this request created it or found it. */
	public record Drafted(Agreement agreement, boolean created) {
	}

	/**
	 * The agreement with its authority, open tasks and timeline, if the viewer may see
	 * it.
	 */
	@Transactional(readOnly = true)
	public Optional<AgreementDetails> details(long id, Account viewer) {
		return visible(id, viewer).map(this::details);
	}

	/** The agreement alone, without its tasks and timeline, if the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<Agreement> visible(long id, Account viewer) {
		return this.repository.find(id)
			.map(AgreementRepository.Versioned::agreement)
			.filter((agreement) -> maySee(viewer, agreement));
	}

	/**
	 * The agreement with that reference, for callers that already checked who may see it.
	 */

	@Transactional(readOnly = true)
	public Optional<Agreement> byReference(String reference) {
		return this.repository.findByReference(reference).map(AgreementRepository.Versioned::agreement);
	}

	/**
	 * The agreements with those references, by reference, for callers that already
	 * checked who may see them (the tasks of a user).
	 */
	@Transactional(readOnly = true)
	public Map<String, Agreement> byReferences(Collection<String> references) {
		return this.repository.findByReferences(references)
			.stream()
			.map(AgreementRepository.Versioned::agreement)
			.collect(Collectors.toMap(Agreement::reference, Function.identity()));
	}

	/** The agreements the viewer may see that match the query. */

	@Transactional(readOnly = true)
	public PageOf<Agreement> search(AgreementQuery query, Account viewer) {
		Visibility visibility = Visibility.of(viewer);
		if (visibility.isEmpty()) {
			return new PageOf<>(List.of(), query.page(), query.size(), 0);
		}
		return this.repository.search(query, visibility);
	}

	/** The agreements the viewer may see, counted by state, country and field. */
	@Transactional(readOnly = true)
	public RegisterStatistics statistics(Account viewer) {
		Visibility visibility = Visibility.of(viewer);
		return visibility.isEmpty() ? RegisterStatistics.none() : this.repository.statistics(visibility);
	}

	/**
	 * Moves the agreement to its next legal state and records who moved it.
	 * @throws IllegalTransitionException if the law does not allow that move
	 */
	@Transactional
	public void moveTo(long id, AgreementState next, String actor) {
		change(id, actor, (agreement) -> {
			if (agreement.state() != next) {
				agreement.moveTo(next);
			}
		});
	}

	/**
	 * Starts a visit, a project, an amendment, a suspension or a termination of an
	 * agreement in force, at the request of its secretariat or executive.
	 * @throws AgreementNotInForceException if the agreement's state does not allow it
	 */
	@Transactional
	public void request(long id, InForceRequest request, Account requester) {
		Agreement agreement = visible(id, requester).orElseThrow(() -> new AgreementNotFoundException(id));
		if (!speaksFor(agreement, requester)) {
			throw new AccessDeniedException("Only the authority's secretariat or executive may do that");
		}
		if (!request.event().allowedIn(agreement.state())) {
			throw new AgreementNotInForceException(agreement.reference(), agreement.state());
		}
		this.process.request(agreement.reference(), request);
	}

	/**
	 * Whether the requester may start that now: the agreement's state allows it, and the
	 * requester is its authority's secretariat or executive.
	 */
	public boolean mayStart(Agreement agreement, InForceEvent event, Account requester) {
		return speaksFor(agreement, requester) && event.allowedIn(agreement.state());
	}

	private static boolean speaksFor(Agreement agreement, Account requester) {
		return requester.has(Role.SECRETARIAT, agreement.localAuthority())
				|| requester.has(Role.EXECUTIVE, agreement.localAuthority());
	}

	/** Records the day the council deliberated. */
	@Transactional
	public void recordDeliberation(long id, LocalDate session, String actor) {
		change(id, actor, (agreement) -> agreement.recordDeliberation(session));
	}

	/**
	 * Records the approval of the competent authority: the agreement may now be signed.
	 */
	@Transactional
	public void approve(long id, LocalDate approval, String actor) {
		change(id, actor, (agreement) -> agreement.approve(approval));
	}

	/**
	 * Records the signature and the dates the agreement enters into force and ends.
	 * @throws IllegalArgumentException if the dates are out of order
	 */
	@Transactional
	public void sign(long id, LocalDate signature, LocalDate entryIntoForce, LocalDate end, String actor) {
		change(id, actor, (agreement) -> agreement.sign(signature, entryIntoForce, end));
	}

	/** Records a renewal until a later end date; the agreement returns to force. */
	@Transactional
	public void renew(long id, LocalDate end, String actor) {
		change(id, actor, (agreement) -> agreement.renewUntil(end));
		change(id, actor, (agreement) -> agreement.moveTo(AgreementState.IN_FORCE));
	}

	/**
	 * Records on the timeline a reminder or escalation of an overdue task, or a step of
	 * an amendment; the agreement's state does not change.
	 */
	@Transactional
	public void recordEvent(long id, TimelineEntry.Kind kind, String subject, String actor) {
		this.repository.recordEvent(id, this.clock.instant(), actor, kind, subject);
	}

	/**
	 * The partner answered through its link; when it accepted the final text, the
	 * lifecycle moves on to signature. Nothing is recorded if the lifecycle does not wait
	 * for that answer.
	 * @throws AnswerNotAwaitedException if the answer is not awaited
	 */
	@Transactional
	public void partnerAnswered(long id, boolean acceptsFinalText, String how) {
		if (acceptsFinalText) {
			this.process.partnerAcceptedText(get(id).reference());
		}
		this.repository.recordEvent(id, this.clock.instant(), PARTNER, TimelineEntry.Kind.PARTNER_ANSWERED, how);
	}

	/**
	 * Corrects the partner's email address, checked as when the agreement was drafted.
	 * @throws ConstraintViolationException if the address is not one
	 */
	@Transactional
	public void correctPartnerEmail(long id, String email, String actor) {
		ForeignPartner partner = get(id).partner();
		ForeignPartner corrected = new ForeignPartner(partner.name(), partner.city(), partner.country(), email,
				partner.language());
		Set<ConstraintViolation<ForeignPartner>> violations = this.validator.validate(corrected);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		this.repository.updatePartnerEmail(id, email, this.clock.instant());
	}

	private void change(long id, String actor, Consumer<Agreement> change) {

		AgreementRepository.Versioned current = this.repository.find(id)
			.orElseThrow(() -> new IllegalArgumentException("No agreement " + id));
		Agreement agreement = current.agreement();
		AgreementState previous = agreement.state();
		change.accept(agreement);
		Instant now = this.clock.instant();
		this.repository.update(agreement, current.version(), now);
		if (agreement.state() != previous) {
			this.repository.recordStateChange(id, now, actor, previous, agreement.state());
		}
	}

	private Agreement get(long id) {
		return this.repository.find(id).orElseThrow().agreement();
	}

	/**
	 * Every agreement of an authority, oldest first: its register, for those who may see
	 * the authority's files; empty when the viewer may not.
	 */
	@Transactional(readOnly = true)
	public Optional<List<Agreement>> registerOf(String authorityCode, Account viewer) {
		return this.authorities.find(authorityCode).flatMap((authority) -> {
			if (maySee(viewer, authority)) {
				return Optional.of(this.repository.ofAuthority(authorityCode));
			}
			// a ministry's register of the authority: the files referred to it
			List<Agreement> referred = this.repository.ofAuthorityReferredTo(authorityCode, viewer.reviewerGroups());
			return referred.isEmpty() ? Optional.empty() : Optional.of(referred);
		});
	}

	private boolean maySee(Account viewer, Agreement agreement) {
		return this.authorities.find(agreement.localAuthority())
			.map((authority) -> maySee(viewer, authority)
					|| this.repository.referredTo(agreement.id(), viewer.reviewerGroups()))
			.orElse(false);
	}

	/**
	 * Whether the viewer sees every file of the authority (a ministry sees only
	 * referrals).
	 */
	private static boolean maySee(Account viewer, LocalAuthority authority) {
		Visibility visibility = Visibility.of(viewer);
		return visibility.everything() || visibility.authorities().contains(authority.code())
				|| visibility.provinces().contains(authority.province().code());
	}

	/**
	 * Records that one of the agreement's tasks was offered to a ministry group: from
	 * then on that ministry sees the file.
	 */
	@Transactional
	public void referredTo(String reference, String reviewerGroup) {
		this.repository.findByReference(reference)
			.ifPresent((found) -> this.repository.recordReferral(found.agreement().id(), reviewerGroup,
					this.clock.instant()));
	}

	private AgreementDetails details(Agreement agreement) {
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		List<TimelineEntry> timeline = Stream
			.concat(this.repository.events(agreement.id()).stream(),
					this.process.history(agreement.reference()).stream())
			.sorted(Comparator.comparing(TimelineEntry::at))
			.toList();
		return new AgreementDetails(agreement, authority, this.process.openTasks(agreement.reference()), timeline);
	}

	/**
	 * An agreement with what the agreement page shows around it.
	 */
	public record AgreementDetails(Agreement agreement, LocalAuthority authority,
			List<AgreementProcess.PendingTask> openTasks, List<TimelineEntry> timeline) {
	}

}
