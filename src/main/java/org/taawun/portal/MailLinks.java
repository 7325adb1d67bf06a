package org.taawun.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

import org.taawun.party.LocalAuthority;

/**
 * {@code mailto:} links to an authority's secretariat, with a subject in the reader's
 * language: how one authority's staff asks another about its experience.
 */
public final class MailLinks {

	private final MessageSource messages;

	private final Locale locale;

	MailLinks(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * A message to the authority's secretariat about the subject; none without an
	 * address.
	 */
	public String to(LocalAuthority authority, String about) {
		if (authority == null || authority.email() == null || authority.email().isBlank()) {
			return null;
		}
		String subject = this.messages.getMessage("lessons.mail-subject", new Object[] { about }, this.locale);
		return "mailto:" + authority.email() + "?subject=" + UriUtils.encodeQueryParam(subject, "UTF-8");
	}

}
