package com.partnerportal.university.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A learner's answers to a quiz (R5.6): for each question, the choice picked in the field named
 * {@code q-<question id>}, or -1 when none was (or what came is not a choice), which scores as wrong.
 */
public record QuizAnswers(Map<UUID, Integer> chosen) {

    public QuizAnswers {
        chosen = Map.copyOf(chosen);
    }

    /** @param field the value of a submitted field by its name, or null */
    public static QuizAnswers read(List<QuizQuestion> quiz, UnaryOperator<String> field) {
        Map<UUID, Integer> chosen = new HashMap<>();
        for (var question : quiz) {
            String answer = field.apply("q-" + question.id());
            int choice = -1;
            if (answer != null) {
                try {
                    choice = Integer.parseInt(answer.strip());
                } catch (NumberFormatException notAChoice) {
                    choice = -1;
                }
            }
            chosen.put(question.id(), choice);
        }
        return new QuizAnswers(chosen);
    }
}
