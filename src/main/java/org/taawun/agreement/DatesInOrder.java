package org.taawun.agreement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.BeanWrapperImpl;

/**
 * One date of a request does not come before another; reported on the later one.
 */
@Documented
@Constraint(validatedBy = DatesInOrder.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DatesInOrder {

	String from();

	String to();

	String message() default "{dates.out-of-order}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DatesInOrder, Object> {

		private String from;

		private String to;

		@Override
		public void initialize(DatesInOrder annotation) {
			this.from = annotation.from();
			this.to = annotation.to();
		}

		@Override
		public boolean isValid(Object request, ConstraintValidatorContext context) {
			var bean = new BeanWrapperImpl(request);
			LocalDate first = (LocalDate) bean.getPropertyValue(this.from);
			LocalDate second = (LocalDate) bean.getPropertyValue(this.to);
			if (first == null || second == null || !second.isBefore(first)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.to)
				.addConstraintViolation();
			return false;
		}

	}

}
