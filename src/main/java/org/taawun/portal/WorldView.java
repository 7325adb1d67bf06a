package org.taawun.portal;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.party.WorldNames;

/**
 * Countries and languages as the pages name them and offer them, in the reader's
 * language. Templates reach it as {@code @world}.
 */
@Component("world")
public class WorldView {

	/** A country by its name in the reader's language, never its code. */
	public String country(String code) {
		return WorldNames.country(code, LocaleContextHolder.getLocale());
	}

	/** A language by its name in the reader's language. */
	public String language(String code) {
		return WorldNames.language(code, LocaleContextHolder.getLocale());
	}

	/** The countries to pick from, by name in the reader's order. */
	public List<WorldNames.Choice> countries() {
		return WorldNames.countries(LocaleContextHolder.getLocale());
	}

	/** The languages to pick from, by name in the reader's order. */
	public List<WorldNames.Choice> languages() {
		return WorldNames.languages(LocaleContextHolder.getLocale());
	}

}
