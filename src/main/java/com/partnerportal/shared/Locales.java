package com.partnerportal.shared;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks (R8.1). */
public final class Locales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Locales() {}

    /** The supported language closest to the given one, English when none is. */
    public static Locale supported(Locale requested) {
        if (requested != null && FRENCH.getLanguage().equals(requested.getLanguage())) {
            return FRENCH;
        }
        return ENGLISH;
    }

    /** Parses a language tag such as {@code fr} or {@code fr-CA} into a supported language. */
    public static Locale supported(String languageTag) {
        return languageTag == null ? ENGLISH : supported(Locale.forLanguageTag(languageTag));
    }
}
