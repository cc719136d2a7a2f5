package com.partnerportal.university.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A multiple-choice question of a course's quiz (R5.6). */
public record QuizQuestion(
        UUID id,
        UUID courseId,
        int position,
        String promptEn,
        String promptFr,
        List<String> choicesEn,
        List<String> choicesFr,
        int correct) {

    public String prompt(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? promptFr : promptEn;
    }

    public List<String> choices(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? choicesFr : choicesEn;
    }
}
