package org.taawun.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.LegalBasis;
import org.taawun.party.AuthorityKind;

/**
 * The texts a document cites, in Arabic and French, by the agreement's legal basis and
 * the kind of authority. They are messages ({@code legal-reference.<basis>.<kind>}, or
 * {@code legal-reference.<basis>} for every kind), one text per line separated by
 * {@code |}, so that a legal officer corrects a citation without touching the code.
 */
@Component
class LegalReferences {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final MessageSource messages;

	LegalReferences(MessageSource messages) {
		this.messages = messages;
	}

	List<Reference> of(LegalBasis basis, AuthorityKind kind) {
		List<String> ar = lines(basis, kind, ARABIC);
		List<String> fr = lines(basis, kind, Locale.FRENCH);
		if (ar.size() != fr.size()) {
			throw new IllegalStateException("The Arabic and French references of " + basis + " differ in number");
		}
		return IntStream.range(0, ar.size()).mapToObj((i) -> new Reference(ar.get(i), fr.get(i))).toList();
	}

	/** The texts as a partner's language cites them. */
	List<String> in(LegalBasis basis, AuthorityKind kind, Locale language) {
		return lines(basis, kind, language);
	}

	private List<String> lines(LegalBasis basis, AuthorityKind kind, Locale locale) {
		String general = this.messages.getMessage("legal-reference." + basis, null, "", locale);
		String text = this.messages.getMessage("legal-reference." + basis + "." + kind, null, general, locale);
		return Arrays.stream(text.split("\\|")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** A text, as cited in Arabic and in French. */
	record Reference(String ar, String fr) {
	}

}
