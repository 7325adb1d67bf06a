package org.taawun.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.identity.StaffMember;

/**
 * The words of the staff's mail, in each person's language: the task by its name, the
 * agreement by its reference, the due date as a date, and the address that opens the
 * task.
 */
@Component
class StaffMessages {

	private final MessageSource messages;

	private final MailSettings mail;

	private final Clock clock;

	StaffMessages(MessageSource messages, MailSettings mail, Clock clock) {
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
	}

	String taskName(String taskKey, String modelName, Locale locale) {
		return this.messages.getMessage("taskname." + taskKey, null, modelName, locale);
	}

	String subject(StaffNotices.Told told, Locale locale) {
		String subject = text("staff.subject." + told.kind(), locale, told.title());
		return (told.reference() != null) ? subject + " – " + told.reference() : subject;
	}

	String body(StaffNotices.Told told, StaffMember person) {
		Locale locale = person.locale();
		List<String> lines = new ArrayList<>();
		lines.add(text("staff.says." + told.kind(), locale, told.title()));
		if (told.reference() != null) {
			lines.add(text("staff.file", locale, told.reference()));
		}
		if (told.due() != null) {
			lines.add(text("staff.due." + told.kind(), locale, date(told.due(), locale)));
		}
		lines.add(text("staff.open." + told.kind(), locale) + "\n" + url(told.openPath()));
		return String.join("\n\n", text("staff.greeting", locale, person.name()), String.join("\n", lines),
				footer(locale));
	}

	String digestSubject(LocalDate day, Locale locale) {
		return text("staff.digest.subject", locale, date(day, locale));
	}

	String digestBody(List<StaffNotices.Waiting> waiting, StaffMember person) {
		Locale locale = person.locale();
		StringBuilder list = new StringBuilder(text("staff.digest.lead", locale));
		for (StaffNotices.Waiting notice : waiting) {
			StaffNotices.Told told = notice.told();
			list.append("\n\n- ").append(text("staff.kind." + told.kind(), locale, told.title()));
			if (told.reference() != null) {
				list.append(" – ").append(told.reference());
			}
			if (told.due() != null) {
				list.append("\n  ").append(text("staff.due." + told.kind(), locale, date(told.due(), locale)));
			}
			list.append("\n  ").append(url(told.openPath()));
		}
		return String.join("\n\n", text("staff.greeting", locale, person.name()), list.toString(), footer(locale));
	}

	String senderName(Locale locale) {
		return text("staff.sender", locale);
	}

	String newMessageId() {
		return this.mail.newMessageId();
	}

	private String footer(Locale locale) {
		return text("staff.footer", locale) + "\n" + url("/account");
	}

	private String url(String path) {
		return this.mail.publicUrl().replaceAll("/+$", "") + path;
	}

	private String date(Instant instant, Locale locale) {
		return date(instant.atZone(this.clock.getZone()).toLocalDate(), locale);
	}

	private String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
