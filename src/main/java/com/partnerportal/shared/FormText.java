package com.partnerportal.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What a form's compact constructor does with what was typed: surrounding spaces go, empty means absent. */
public final class FormText {

    /** An amount with at most two decimals, after a point or a comma. */
    public static final String AMOUNT = "\\d{1,12}([.,]\\d{1,2})?";

    private FormText() {}

    public static String strip(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** An amount as typed, 25000 or 25000.50 or 25000,50 ({@link #AMOUNT}), or null when it is not one. */
    public static BigDecimal amount(String typed) {
        return typed == null || !typed.matches(AMOUNT) ? null : new BigDecimal(typed.replace(',', '.'));
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
