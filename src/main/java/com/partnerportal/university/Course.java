package com.partnerportal.university;

import java.util.Locale;
import java.util.UUID;

/** A published course, with its title and summary in English and French (R8.1). */
public record Course(
        UUID id,
        String slug,
        Track track,
        String titleEn,
        String titleFr,
        String summaryEn,
        String summaryFr,
        int durationMinutes) {

    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }

    public String summary(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? summaryFr : summaryEn;
    }
}
