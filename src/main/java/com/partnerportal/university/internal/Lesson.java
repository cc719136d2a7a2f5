package com.partnerportal.university.internal;

import java.util.Locale;
import java.util.UUID;

/**
 * One lesson of a course, in English and French (R5.6): Markdown as {@link LessonMarkdown} renders it,
 * and an optional video link.
 */
public record Lesson(
        UUID id,
        UUID courseId,
        int position,
        String titleEn,
        String titleFr,
        String bodyEn,
        String bodyFr,
        String videoUrl) {

    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }

    /** The body as safe HTML. */
    public String html(Locale locale) {
        return LessonMarkdown.html("fr".equals(locale.getLanguage()) ? bodyFr : bodyEn);
    }
}
