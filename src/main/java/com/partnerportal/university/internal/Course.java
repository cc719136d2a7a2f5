package com.partnerportal.university.internal;

import com.partnerportal.university.Track;
import java.util.Locale;
import java.util.UUID;

/**
 * A published course, with its title and summary in English and French (R8.1).
 *
 * @param language what it is taught in: "en", "fr" or "en,fr"
 * @param quizPolicy how often its quiz may be taken
 */
public record Course(
        UUID id,
        String slug,
        Track track,
        String titleEn,
        String titleFr,
        String summaryEn,
        String summaryFr,
        int durationMinutes,
        String language,
        QuizPolicy quizPolicy) {

    /** The languages a course can be taught in: English, French, or both. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "en,fr");

    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }

    public String summary(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? summaryFr : summaryEn;
    }
}
