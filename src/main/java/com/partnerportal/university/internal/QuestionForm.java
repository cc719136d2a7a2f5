package com.partnerportal.university.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import com.partnerportal.shared.WholeNumber;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A multiple-choice question as the admin form sends it (R5.6): the prompt in both languages, one
 * choice per line in each (as many in each, 2 to 6), and the number of the right one, from 1.
 */
public record QuestionForm(
        @NotBlank(message = "{courses.error.question}")
        @Size(max = 1000, message = "{courses.error.question}")
        @PlainText(message = "{courses.error.question}", multiline = false)
        String promptEn,

        @NotBlank(message = "{courses.error.question}")
        @Size(max = 1000, message = "{courses.error.question}")
        @PlainText(message = "{courses.error.question}", multiline = false)
        String promptFr,

        @PlainText(message = "{courses.error.question}") String choicesEn,
        @PlainText(message = "{courses.error.question}") String choicesFr,

        @NotNull(message = "{courses.error.question}") @WholeNumber(message = "{courses.error.question}")
        String correct)
        implements Serializable {

    public QuestionForm {
        promptEn = FormText.strip(promptEn);
        promptFr = FormText.strip(promptFr);
        correct = FormText.strip(correct);
    }

    public List<String> englishChoices() {
        return lines(choicesEn);
    }

    public List<String> frenchChoices() {
        return lines(choicesFr);
    }

    /** The right choice, counted from 0. */
    public int correctIndex() {
        return Integer.parseInt(correct) - 1;
    }

    @AssertTrue(message = "{courses.error.question}")
    public boolean isChoicesConsistent() {
        var english = englishChoices();
        var french = frenchChoices();
        return english.size() >= 2
                && english.size() <= 6
                && french.size() == english.size()
                && english.stream().allMatch(choice -> choice.length() <= 300)
                && french.stream().allMatch(choice -> choice.length() <= 300)
                && correct != null
                && correct.matches("[1-6]")
                && correctIndex() < english.size();
    }

    private static List<String> lines(String value) {
        return value == null
                ? List.of()
                : value.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
