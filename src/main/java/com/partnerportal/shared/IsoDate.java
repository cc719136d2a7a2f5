package com.partnerportal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A form value that is a date as a date field sends it, {@code 2026-12-01}; {@code null} is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Validator.class)
public @interface IsoDate {

    String message() default "{typeMismatch.java.time.LocalDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FormText.date(value) != null;
        }
    }
}
