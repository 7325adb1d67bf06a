package org.taawun.agreement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.party.PartnerKind;

/**
 * The draft names a registered local authority of the jurisdiction it claims, reported on
 * the {@code localAuthority} field so a form can show it there; and its partner may be
 * what that jurisdiction allows (an organisation in Tunisia only).
 */
@Documented
@Constraint(validatedBy = KnownAuthority.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface KnownAuthority {

	String message() default "{localAuthority.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownAuthority, DraftAgreement> {

		private final LocalAuthorities authorities;

		Validator(LocalAuthorities authorities) {
			this.authorities = authorities;
		}

		@Override
		public boolean isValid(DraftAgreement draft, ConstraintValidatorContext context) {
			if (draft.localAuthority() == null || draft.localAuthority().isBlank()) {
				return true;
			}
			LocalAuthority authority = this.authorities.find(draft.localAuthority()).orElse(null);
			if (authority == null) {
				return reject(context, "localAuthority", "{localAuthority.unknown}");
			}
			if (draft.jurisdiction() != null && authority.jurisdiction() != draft.jurisdiction()) {
				return reject(context, "localAuthority", "{localAuthority.other-jurisdiction}");
			}
			if (draft.legalBasis() != null && draft.legalBasis().jurisdiction() != authority.jurisdiction()) {
				return reject(context, "legalBasis", "{legalBasis.other-jurisdiction}");
			}
			LegalBasis basis = (draft.legalBasis() != null) ? draft.legalBasis()
					: LegalBasis.current(authority.jurisdiction());
			if (draft.partner() != null && draft.partner().kind() == PartnerKind.ORGANISATION
					&& !basis.allowsOrganisations()) {
				return reject(context, "partner.kind", "{partner.kind.organisation-not-allowed}");
			}
			return true;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
