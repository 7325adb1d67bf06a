package org.taawun.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * The register's use cases: draft an agreement and start its lifecycle, look agreements
 * up, start what may happen while one is in force. The steps of its lifecycle are
 * {@link AgreementSteps}; the register's lists, {@link Register}.
 */
@Service
public class Agreements {

	private final AgreementRepository repository;

	private final ReferenceNumbers references;

	private final LocalAuthorities authorities;

	private final AgreementProcess process;

	private final Clock clock;

	private final Visibilities visibilities;

	Agreements(AgreementRepository repository, ReferenceNumbers references, LocalAuthorities authorities,
			AgreementProcess process, Clock clock, Visibilities visibilities) {
		this.repository = repository;
		this.visibilities = visibilities;
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

	/**
	 * The agreement the author drafted with the same authority, titles and partner within
	 * the last day, if any: a form sent again from the browser's history finds it before
	 * a twin is drafted.
	 */
	@Transactional(readOnly = true)
	public Optional<Agreement> sameDraftedLately(DraftAgreement draft, Account author) {
		return this.repository.sameDraftSince(draft, author.userId(), this.clock.instant().minus(Duration.ofDays(1)))
			.map(this::get);
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
			.filter((agreement) -> this.visibilities.maySee(viewer, agreement));
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

	private Agreement get(long id) {
		return this.repository.find(id).orElseThrow().agreement();
	}

	private AgreementDetails details(Agreement agreement) {
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		List<TimelineEntry> timeline = Stream
			.concat(this.repository.events(agreement.id()).stream(),
					this.process.history(agreement.reference()).stream())
			.sorted(Comparator.comparing(TimelineEntry::at))
			.toList();
		return new AgreementDetails(agreement, authority, this.process.openTasks(agreement.reference()),
				this.process.waitingFor(agreement.reference()), timeline);
	}

	/**
	 * An agreement with what the agreement page shows around it.
	 */
	public record AgreementDetails(Agreement agreement, LocalAuthority authority,
			List<AgreementProcess.PendingTask> openTasks, List<AgreementProcess.Waiting> waitingFor,
			List<TimelineEntry> timeline) {
	}

}
