package org.taawun.evaluation;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.taawun.form.FormViolation;
import org.taawun.form.InvalidSubmissionException;

/**
 * A plan or a campaign refused for one of its fields, with the reason in the language of
 * whoever sent it: the API answers it field by field, the portal shows it on the field.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	InvalidSubmissionException of(String field, String messageKey) {
		return new InvalidSubmissionException(List.of(new FormViolation(field,
				this.messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()))));
	}

}
