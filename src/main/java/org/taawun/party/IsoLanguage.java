package org.taawun.party;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 639-1 language code in lower case, such as {@code tr} or {@code fr}.
 */
@Documented
@Constraint(validatedBy = IsoLanguage.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoLanguage {

	String message() default "{partner.language.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts null and blank, which {@code @NotBlank} reports on its own. */
	class Validator implements ConstraintValidator<IsoLanguage, String> {

		private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || CODES.contains(value);
		}

	}

}
