package com.partnerportal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A form value that is a whole number from {@link #min()} to {@link #max()}; {@code null} is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    long min() default Integer.MIN_VALUE;

    long max() default Integer.MAX_VALUE;

    String message() default "{typeMismatch.java.lang.Integer}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumber, String> {

        private long min;
        private long max;

        @Override
        public void initialize(WholeNumber annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                long number = Long.parseLong(value.strip());
                return number >= min && number <= max;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
    }
}
