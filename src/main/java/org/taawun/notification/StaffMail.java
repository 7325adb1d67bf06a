package org.taawun.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.agreement.Agreement;
import org.taawun.identity.People;
import org.taawun.identity.Role;
import org.taawun.identity.StaffMember;

/**
 * Tells the staff of their work through the outbox, in the transaction of the step that
 * caused it: a task offered to their group or assigned to them, its due date near, the
 * task overdue (to whoever must act and whoever answers for them), a partner's link
 * expired unanswered. Each person is told of each event once, in their language, at once
 * or in one digest a day as they chose; a person without an address gets no mail.
 */
@Service
public class StaffMail {

	private static final Logger log = LoggerFactory.getLogger(StaffMail.class);

	private final People people;

	private final StaffNotices notices;

	private final StaffMessages messages;

	private final Outbox outbox;

	private final StaffMailSettings settings;

	private final Clock clock;

	StaffMail(People people, StaffNotices notices, StaffMessages messages, Outbox outbox, StaffMailSettings settings,
			Clock clock) {
		this.people = people;
		this.notices = notices;
		this.messages = messages;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/** Tells the people the notice concerns, each once. */
	@Transactional
	public void notify(TaskNotice notice) {
		tell(recipients(notice),
				(person) -> new StaffNotices.Told(notice.kind(), notice.eventKey(),
						this.messages.taskName(notice.taskKey(), notice.taskName(), person.locale()),
						notice.reference(), notice.due(), "/tasks/" + notice.taskId()));
	}

	/**
	 * Tells the agreement's secretariat that the partner's link to accept the final text
	 * expired unanswered, each person once.
	 */
	@Transactional
	public void linkExpired(Agreement agreement, String linkId, Instant expiredAt) {
		String secretariat = Role.SECRETARIAT.group(agreement.localAuthority());
		tell(new LinkedHashSet<>(this.people.membersOf(List.of(secretariat))),
				(person) -> new StaffNotices.Told(NoticeKind.LINK_EXPIRED, "link-expired-" + linkId,
						"ar".equals(person.language()) ? agreement.titles().ar() : agreement.titles().fr(),
						agreement.reference(), expiredAt, "/agreements/" + agreement.id()));
	}

	/**
	 * Reminds an authority's secretariat, at the ministry's request, that the year's
	 * evaluation reports of its agreements in force are awaited, each person once per
	 * reminder.
	 * @param reminder what tells this reminder from the others
	 */
	@Transactional
	public void evaluationsAwaited(String authority, int year, LocalDate due, long reminder) {
		String secretariat = Role.SECRETARIAT.group(authority);
		tell(new LinkedHashSet<>(this.people.membersOf(List.of(secretariat))),
				(person) -> new StaffNotices.Told(NoticeKind.EVALUATIONS_AWAITED, "evaluations-awaited-" + reminder,
						Integer.toString(year), null, due.atStartOfDay(this.clock.getZone()).toInstant(), "/"));
	}

	private void tell(Set<StaffMember> people, Function<StaffMember, StaffNotices.Told> told) {
		Instant now = this.clock.instant();
		for (StaffMember person : people) {
			if (!person.reachable()) {
				log.info("No mail to {}: no address in their account", person.userId());
				continue;
			}
			StaffNotices.Told notice = told.apply(person);
			boolean atOnce = !person.dailyDigest();
			if (this.notices.keep(person.userId(), notice, now, atOnce) && atOnce) {
				write("staff-" + notice.eventKey() + "-" + person.userId(), MailPurpose.TASK_NOTICE, person,
						this.messages.subject(notice, person.locale()), this.messages.body(notice, person));
			}
		}
	}

	/**
	 * Writes each digest of the day once its hour has come: one mail per person listing
	 * what waited for it. Runs on every node; a person's digest of a day is written once.
	 */
	@Scheduled(fixedDelayString = "${taawun.staff-mail.watch-every:PT15M}",
			initialDelayString = "${taawun.staff-mail.watch-every:PT15M}")
	@Transactional
	public void writeDigests() {
		ZonedDateTime now = this.clock.instant().atZone(this.clock.getZone());
		if (now.toLocalTime().isBefore(this.settings.digestAt())) {
			return;
		}
		LocalDate today = now.toLocalDate();
		for (String userId : this.notices.waitingFor()) {
			Optional<StaffMember> person = this.people.member(userId).filter(StaffMember::reachable);
			List<StaffNotices.Waiting> waiting = this.notices.waiting(userId);
			if (person.isPresent() && write("digest-" + userId + "-" + today, MailPurpose.DAILY_DIGEST, person.get(),
					this.messages.digestSubject(today, person.get().locale()),
					this.messages.digestBody(waiting, person.get()))) {
				this.notices.mailed(waiting.stream().map(StaffNotices.Waiting::id).toList(), now.toInstant());
			}
		}
	}

	private Set<StaffMember> recipients(TaskNotice notice) {
		Set<StaffMember> to = new LinkedHashSet<>();
		boolean held = notice.assignee() != null;
		if (notice.kind() == NoticeKind.OFFERED || !held) {
			to.addAll(this.people.membersOf(notice.groups()));
		}
		else {
			this.people.member(notice.assignee()).ifPresent(to::add);
		}
		if (notice.kind() == NoticeKind.OVERDUE) {
			to.addAll(this.people.membersOf(notice.groups().stream().flatMap((g) -> Role.above(g).stream()).toList()));
		}
		to.removeIf((person) -> person.userId().equals(notice.actor()));
		return to;
	}

	private boolean write(String dedupKey, MailPurpose purpose, StaffMember person, String subject, String body) {
		Instant now = this.clock.instant();
		return this.outbox.write(dedupKey,
				new OutboxMessage(0, this.messages.newMessageId(), null, purpose, person.email(), person.language(),
						this.messages.senderName(person.locale()), null, subject, body, List.of(), null,
						OutboxMessage.Status.PENDING, 0, now, null, now, null));
	}

}
