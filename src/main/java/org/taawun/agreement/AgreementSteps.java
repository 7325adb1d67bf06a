package org.taawun.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.party.ForeignPartner;

/**
 * What the agreement's processes record as the law's steps happen: its legal states and
 * key dates, the events of its timeline, the partner's answers, referrals to a ministry.
 * The agreement refuses a move the law does not allow.
 */
@Service
public class AgreementSteps {

	/**
	 * Who the timeline says acted when the foreign partner answered: it has no account.
	 */
	public static final String PARTNER = "partner";

	private final AgreementRepository repository;

	private final AgreementProcess process;

	private final Clock clock;

	private final Validator validator;

	AgreementSteps(AgreementRepository repository, AgreementProcess process, Clock clock, Validator validator) {
		this.repository = repository;
		this.process = process;
		this.clock = clock;
		this.validator = validator;
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

	/**
	 * Records a renewal until a later end date; the agreement returns to force, or stays
	 * suspended until its resumption.
	 */
	@Transactional
	public void renew(long id, LocalDate end, String actor) {
		change(id, actor, (agreement) -> agreement.renewUntil(end));
		change(id, actor, (agreement) -> {
			if (agreement.state() == AgreementState.RENEWED) {
				agreement.moveTo(AgreementState.IN_FORCE);
			}
		});
	}

	/**
	 * The executive withdrew the file before it came into force: it is abandoned, and the
	 * timeline gives the reasons.
	 * @throws IllegalArgumentException without reasons
	 * @throws IllegalTransitionException once the agreement is in force
	 */
	@Transactional
	public void withdraw(long id, String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A withdrawal gives its reasons");
		}
		change(id, actor, (agreement) -> agreement.moveTo(AgreementState.ABANDONED));
		this.repository.recordEvent(id, this.clock.instant(), actor, TimelineEntry.Kind.WITHDRAWN, reason.strip());
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
	 * Records that one of the agreement's tasks was offered to a ministry group: from
	 * then on that ministry sees the file.
	 */
	@Transactional
	public void referredTo(String reference, String reviewerGroup) {
		this.repository.findByReference(reference)
			.ifPresent((found) -> this.repository.recordReferral(found.agreement().id(), reviewerGroup,
					this.clock.instant()));
	}

}
