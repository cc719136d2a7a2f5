package com.partnerportal.university.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A quiz as one learner sees it for one attempt (R5.6): its questions and each question's choices
 * in an order of their own, so that the position of a right answer carries over to no other
 * attempt or learner. A choice keeps its index in the question, which is what the form sends back.
 */
public final class QuizForm {

    /** One choice, shown with its label, sent back as its index in the question. */
    public record Choice(int index, String en, String fr) {

        public String label(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? fr : en;
        }
    }

    /** A question with its choices in the order shown. */
    public record Question(QuizQuestion question, List<Choice> choices) {

        public UUID id() {
            return question.id();
        }

        public String prompt(Locale locale) {
            return question.prompt(locale);
        }
    }

    private QuizForm() {}

    /** The same order for the same learner and attempt, so that reloading the page changes nothing. */
    public static List<Question> shuffled(List<QuizQuestion> quiz, UUID accountId, long attemptSeed) {
        var random = new Random(accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits() ^ attemptSeed);
        List<Question> questions = new ArrayList<>();
        for (QuizQuestion question : quiz) {
            List<Choice> choices = new ArrayList<>(IntStream.range(
                            0, question.choicesEn().size())
                    .mapToObj(i -> new Choice(
                            i, question.choicesEn().get(i), question.choicesFr().get(i)))
                    .toList());
            Collections.shuffle(choices, random);
            questions.add(new Question(question, List.copyOf(choices)));
        }
        Collections.shuffle(questions, random);
        return List.copyOf(questions);
    }
}
