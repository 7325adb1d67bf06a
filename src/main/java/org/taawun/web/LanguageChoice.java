package org.taawun.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language a user reads: the one they chose on a page, kept in a cookie, else the
 * first of Arabic and French their browser asks for, else French. The API answers in the
 * same language.
 */
@Component("localeResolver")
public class LanguageChoice implements LocaleResolver {

	/**
	 * The languages users work in, the default first. Arabic is written with Latin digits
	 * in the Maghreb, as its administrations and our documents do: {@code 12}, not
	 * {@code ١٢}.
	 */
	public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("ar-u-nu-latn"));

	/**
	 * The open register's languages: those of the staff, and English for foreign
	 * partners.
	 */
	public static final List<Locale> PUBLIC_LANGUAGES = List.of(Locale.FRENCH, LANGUAGES.get(1), Locale.ENGLISH);

	static final String COOKIE = "taawun-lang";

	private static final String CHOSEN_NOW = LanguageChoice.class.getName() + ".chosen";

	private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

	private final AcceptHeaderLocaleResolver visitor = new AcceptHeaderLocaleResolver();

	LanguageChoice() {
		this.browser.setSupportedLocales(LANGUAGES);
		this.browser.setDefaultLocale(Locale.FRENCH);
		this.visitor.setSupportedLocales(PUBLIC_LANGUAGES);
		this.visitor.setDefaultLocale(Locale.FRENCH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN_NOW) instanceof Locale chosenNow) {
			return chosenNow;
		}
		if (request.getCookies() != null) {
			for (var cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					Locale chosen = supported(cookie.getValue(), request);
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		return (isPublic(request) ? this.visitor : this.browser).resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = (locale != null) ? supported(locale.getLanguage(), request) : null;
		if (chosen == null) {
			return;
		}
		// the page that asked for the language is already drawn in it
		request.setAttribute(CHOSEN_NOW, chosen);
		response.addHeader("Set-Cookie",
				ResponseCookie.from(COOKIE, chosen.getLanguage())
					.path("/")
					.maxAge(Duration.ofDays(365))
					.sameSite("Lax")
					.httpOnly(true)
					.build()
					.toString());
	}

	private static Locale supported(String language, HttpServletRequest request) {
		return (isPublic(request) ? PUBLIC_LANGUAGES : LANGUAGES).stream()
			.filter((locale) -> locale.getLanguage().equals(language))
			.findFirst()
			.orElse(null);
	}

	/** The open register, which also speaks English to foreign partners. */
	private static boolean isPublic(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/public");
	}

}
