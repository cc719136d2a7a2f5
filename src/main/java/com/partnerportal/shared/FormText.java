package com.partnerportal.shared;

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
}
