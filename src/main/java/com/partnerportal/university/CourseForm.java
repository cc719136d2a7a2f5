package com.partnerportal.university;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/**
 * A course as the admin forms send it (R5.1, R5.6). The slug is given once, when the course is
 * created; the status only when it is edited (absent, it stays as it was).
 */
record CourseForm(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "{courses.error.slug}")
        String slug,

        @NotNull(message = "{courses.error.track}") Track track,

        @NotNull(message = "{courses.error.language}")
        @Pattern(regexp = "en|fr|en,fr", message = "{courses.error.language}")
        String language,

        @NotNull(message = "{courses.error.duration}")
        @Min(value = 1, message = "{courses.error.duration}")
        @Max(value = 10_000, message = "{courses.error.duration}")
        Integer durationMinutes,

        @Min(value = 1, message = "{courses.error.quizPolicy}") @Max(value = 20, message = "{courses.error.quizPolicy}")
        Integer quizAttempts,

        @Min(value = 0, message = "{courses.error.quizPolicy}")
        @Max(value = 720, message = "{courses.error.quizPolicy}")
        Integer quizCooldownHours,

        @NotBlank(message = "{courses.error.text}") @Size(max = 200, message = "{courses.error.text}") @PlainText
        String titleEn,

        @NotBlank(message = "{courses.error.text}") @Size(max = 200, message = "{courses.error.text}") @PlainText
        String titleFr,

        @NotBlank(message = "{courses.error.text}") @Size(max = 2000, message = "{courses.error.text}") @PlainText
        String summaryEn,

        @NotBlank(message = "{courses.error.text}") @Size(max = 2000, message = "{courses.error.text}") @PlainText
        String summaryFr,

        CourseStatus status)
        implements Serializable {

    CourseForm {
        slug = FormText.strip(slug);
        titleEn = FormText.strip(titleEn);
        titleFr = FormText.strip(titleFr);
        summaryEn = FormText.strip(summaryEn);
        summaryFr = FormText.strip(summaryFr);
    }

    /** An empty form for a new course, with the default quiz policy. */
    static CourseForm blank() {
        return new CourseForm(
                null,
                null,
                null,
                null,
                QuizPolicy.DEFAULT.attempts(),
                QuizPolicy.DEFAULT.cooldownHours(),
                null,
                null,
                null,
                null,
                null);
    }

    /** The form filled with a course as it is. */
    static CourseForm of(Course course, CourseStatus status) {
        return new CourseForm(
                course.slug(),
                course.track(),
                course.language(),
                course.durationMinutes(),
                course.quizPolicy().attempts(),
                course.quizPolicy().cooldownHours(),
                course.titleEn(),
                course.titleFr(),
                course.summaryEn(),
                course.summaryFr(),
                status);
    }

    /** A form without the quiz policy's fields keeps the defaults. */
    Course course(UUID id, String courseSlug) {
        return new Course(
                id,
                courseSlug,
                track,
                titleEn,
                titleFr,
                summaryEn,
                summaryFr,
                durationMinutes,
                language,
                new QuizPolicy(
                        quizAttempts == null ? QuizPolicy.DEFAULT.attempts() : quizAttempts,
                        quizCooldownHours == null ? QuizPolicy.DEFAULT.cooldownHours() : quizCooldownHours));
    }
}
