package com.partnerportal.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What a form's compact constructor does with what was typed: surrounding spaces go, empty means absent. */
public final class FormText {

    private FormText() {}

    public static String strip(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The date a date field sent ({@code 2026-12-01}), or null when there is none or it is not one. */
    public static LocalDate date(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
