package com.partnerportal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form value that names a constant of {@link #value()}; {@code null} is valid. Forms keep such
 * values as text so that whatever is typed binds, and a wrong one gets its message (R8.3).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumName.Validator.class)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message() default "{typeMismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumName, String> {

        private Class<? extends Enum<?>> kind;

        @Override
        public void initialize(EnumName annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (Enum<?> constant : kind.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
