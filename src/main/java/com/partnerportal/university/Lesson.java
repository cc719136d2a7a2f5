package com.partnerportal.university;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One lesson of a course, in English and French; its body is plain text, shown escaped (R5.6). */
record Lesson(UUID id, UUID courseId, int position, String titleEn, String titleFr, String bodyEn, String bodyFr) {

    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
    }

    /** The body's paragraphs, split at blank lines: the only structure a lesson has, so no markup to clean. */
    public List<String> paragraphs(Locale locale) {
        String body = "fr".equals(locale.getLanguage()) ? bodyFr : bodyEn;
        return Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
