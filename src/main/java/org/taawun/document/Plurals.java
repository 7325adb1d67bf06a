package org.taawun.document;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A number of things as a document's language counts them, through ICU's plural rules:
 * "سنة واحدة", "سنتين", "3 سنوات", "11 سنة"; "1 an", "5 ans"; never "1 سنوات" nor "1
 * ans". Templates, whose model holds it as {@code plural}, call it as
 * {@code ${plural.of('document.years', 5, 'ar')}}.
 */
@Component("plural")
public class Plurals {

	private final MessageSource messages;

	Plurals(MessageSource messages) {
		this.messages = messages;
	}

	/** The message's count of the number, in the language; empty when there is none. */
	public String of(String key, Number number, String language) {
		if (number == null) {
			return "";
		}
		Locale locale = Locale.forLanguageTag(language);
		// without arguments the message source gives the pattern as written
		String pattern = this.messages.getMessage(key, null, locale);
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(new Object[] { number });
	}

}
