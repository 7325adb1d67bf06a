package org.taawun.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.RegisterStatistics;
import org.taawun.agreement.TimelineEntry;
import org.taawun.document.ArabicText;
import org.taawun.form.FormField;
import org.taawun.identity.People;
import org.taawun.identity.Role;
import org.taawun.identity.StaffMember;
import org.taawun.law.LegalDates;
import org.taawun.party.BilingualName;
import org.taawun.party.LocalAuthorities;

/**
 * What the pages need to show values in the reader's language: dates as the law writes
 * them, the direction of the text, task and process names. Templates reach it as
 * {@code @portal}.
 */
@Component("portal")
public class PortalView {

	/** A task due within this time is marked as close to its deadline. */
	static final Duration DUE_SOON = Duration.ofDays(3);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	private final LocalAuthorities authorities;

	private final ArabicText arabic;

	private final People people;

	// the application's clock tells the legal zone: its midnight starts a legal day
	PortalView(MessageSource messages, Clock clock, LocalAuthorities authorities, ArabicText arabic, People people) {
		this.arabic = arabic;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.zone = clock.getZone();
		this.authorities = authorities;
	}

	public boolean rtl() {
		return "ar".equals(language());
	}

	/**
	 * A text as an Arabic page shows it: numbers, references and Latin names isolated, so
	 * that {@code 17-329} never reads {@code 329-17}; unchanged on a French page.
	 */
	public String bidi(Object text) {
		return rtl() ? this.arabic.isolates(text) : (text != null) ? text.toString() : "";
	}

	/**
	 * A number of things, as the reader's language counts them: its plural forms through
	 * ICU (Arabic has six), never "tâche(s)" nor "3 مهمة".
	 */
	public String count(String key, long number) {
		Locale locale = LocaleContextHolder.getLocale();
		// without arguments the message source gives the pattern as written
		String pattern = this.messages.getMessage(key, null, locale);
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(new Object[] { number });
	}

	/** A colleague as people name them, their login when the directory has no name. */
	public String personName(String userId) {
		return PerPage.name("person:" + userId,
				() -> this.people.member(userId)
					.map(StaffMember::name)
					.filter((name) -> !name.isBlank())
					.orElse(userId));
	}

	public String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	public String date(LocalDate date) {
		return (date != null) ? LegalDates.format(date, LocaleContextHolder.getLocale()) : "";
	}

	/** The legal day of an instant, as the law writes dates. */
	public String date(Instant instant) {
		return (instant != null) ? date(LocalDate.ofInstant(instant, this.zone)) : "";
	}

	/** The day and the time, for the timeline. */
	public String dateTime(Instant instant) {
		return (instant != null) ? date(instant) + " " + TIME.format(instant.atZone(this.zone)) : "";
	}

	/** The ISO date of an instant, for {@code <time datetime>}. */
	public String isoDate(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, this.zone).toString() : "";
	}

	/** The moment, by the application's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	public boolean overdue(Instant due) {
		return due != null && due.isBefore(this.clock.instant());
	}

	public boolean dueSoon(Instant due) {
		return due != null && !overdue(due) && due.isBefore(this.clock.instant().plus(DUE_SOON));
	}

	/**
	 * Whether a choice is among the values held for a field: one value, or a list of
	 * them.
	 */
	public boolean chosen(Object value, String option) {
		if (value instanceof Collection<?> values) {
			return values.stream().anyMatch((v) -> option.equals(String.valueOf(v)));
		}
		return value != null && option.equals(String.valueOf(value));
	}

	/**
	 * The entries of a dynamic list to draw: those it holds, then blank ones up to the
	 * number its form shows at first, and one more, for a person without the script that
	 * adds them.
	 */
	public List<Map<?, ?>> entries(Object held, FormField list) {
		List<Map<?, ?>> entries = new ArrayList<>();
		if (held instanceof Collection<?> values) {
			values.stream().filter(Map.class::isInstance).map((entry) -> (Map<?, ?>) entry).forEach(entries::add);
		}
		int shown = Math.max(list.repetitions(), entries.isEmpty() ? 0 : entries.size() + 1);
		while (entries.size() < shown) {
			entries.add(Map.of());
		}
		return entries;
	}

	/** The largest count of a chart, its bars drawn in proportion. */
	public long largest(Map<?, Long> counts) {
		return RegisterStatistics.largest(counts);
	}

	public String name(BilingualName name) {

		return (name == null) ? "" : rtl() ? name.ar() : name.fr();
	}

	/** An authority by its name in the reader's language; its code when unknown. */
	public String authority(String code) {
		return PerPage.name("authority:" + language() + ":" + code,
				() -> this.authorities.find(code).map((authority) -> name(authority.name())).orElse(code));
	}

	/**
	 * Who a task waits for, as people say it: the role of each candidate group, with the
	 * authority or wilaya it is held for ({@code Secrétariat — Commune de Gafsa}).
	 */
	public String groups(Collection<String> groupIds) {
		return groupIds.stream().map(this::group).collect(Collectors.joining(separator()));
	}

	private String group(String groupId) {
		return PerPage.name("group:" + language() + ":" + groupId, () -> groupName(groupId));
	}

	private String groupName(String groupId) {
		return Role.parse(groupId).map((membership) -> {
			String role = message("role." + membership.role().name(), groupId);
			Role.Scope scope = membership.role().scope();
			if (scope == Role.Scope.NATIONAL) {
				return role;
			}
			String where = this.authorities.find(membership.scopeCode())
				.map((authority) -> name(
						(scope == Role.Scope.PROVINCE) ? authority.province().name() : authority.name()))
				.orElse(membership.scopeCode());
			return role + " — " + where;
		}).orElse(groupId);
	}

	private String separator() {
		return rtl() ? "، " : ", ";
	}

	/** A task's name in the reader's language, or as its model names it. */
	public String taskName(String key, String modelName) {
		return message("taskname." + key, modelName);
	}

	/** What the file waits for, in the reader's language, or as its model names it. */
	public String waiting(AgreementProcess.Waiting waiting) {
		return bidi(message("waiting." + waiting.key(), waiting.name()));
	}

	/** What a timeline entry says, in the reader's language. */
	public String timeline(TimelineEntry entry) {
		if (entry.decision() != null) {
			return bidi(this.messages.getMessage("timeline.DECIDED",
					new Object[] { taskName(entry.subject(), entry.label()), name(entry.decision().label()) },
					LocaleContextHolder.getLocale()));
		}
		String subject = switch (entry.kind()) {
			case TASK_COMPLETED -> taskName(entry.subject(), entry.label());
			case STATE_CHANGED, IMPORTED, IMPORTED_AGAIN -> message("state." + entry.subject(), entry.subject());
			case PROCESS_STARTED, ACTIVITY_STARTED, PROCESS_ENDED ->
				message("processname." + entry.subject(), entry.label());
			case REMINDER, ESCALATION -> taskName(entry.subject(), entry.label());
			case PARTNER_ANSWERED -> message("timeline.answer." + entry.subject(), entry.label());
			default -> entry.label();
		};
		return bidi(this.messages.getMessage("timeline." + entry.kind(), new Object[] { subject },
				LocaleContextHolder.getLocale()));
	}

	private String message(String code, String fallback) {
		return this.messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

}
