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
 * Text a person typed (R8.3): no control characters but line breaks and tabs, so that nothing
 * stored can break a page, an email header or a CSV row later. {@code null} is valid (see
 * {@code @NotBlank}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "{form.error.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the text may span several lines. */
    boolean multiline() default true;

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.chars()
                            .noneMatch(c ->
                                    (c < 0x20 || c == 0x7f) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        }
    }
}
