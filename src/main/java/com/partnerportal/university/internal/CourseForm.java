package com.partnerportal.university.internal;

import com.partnerportal.shared.EnumName;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import com.partnerportal.shared.WholeNumber;
import com.partnerportal.university.Track;
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
public record CourseForm(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "{courses.error.slug}")
        String slug,

        @NotNull(message = "{courses.error.track}") @EnumName(value = Track.class, message = "{courses.error.track}")
        String track,

        @NotNull(message = "{courses.error.language}")
        @Pattern(regexp = "en|fr|en,fr", message = "{courses.error.language}")
        String language,

        @NotNull(message = "{courses.error.duration}")
        @WholeNumber(min = 1, max = 10_000, message = "{courses.error.duration}")
        String durationMinutes,

        @WholeNumber(min = 1, max = 20, message = "{courses.error.quizPolicy}")
        String quizAttempts,

        @WholeNumber(min = 0, max = 720, message = "{courses.error.quizPolicy}")
        String quizCooldownHours,

        @NotBlank(message = "{courses.error.text}") @Size(max = 200, message = "{courses.error.text}") @PlainText
        String titleEn,

        @NotBlank(message = "{courses.error.text}") @Size(max = 200, message = "{courses.error.text}") @PlainText
        String titleFr,

        @NotBlank(message = "{courses.error.text}") @Size(max = 2000, message = "{courses.error.text}") @PlainText
        String summaryEn,

        @NotBlank(message = "{courses.error.text}") @Size(max = 2000, message = "{courses.error.text}") @PlainText
        String summaryFr,

        @EnumName(value = CourseStatus.class, message = "{courses.error.status}")
        String status)
        implements Serializable {

    public CourseForm {
        slug = FormText.strip(slug);
        track = FormText.strip(track);
        durationMinutes = FormText.strip(durationMinutes);
        quizAttempts = FormText.strip(quizAttempts);
        quizCooldownHours = FormText.strip(quizCooldownHours);
        status = FormText.strip(status);
        titleEn = FormText.strip(titleEn);
        titleFr = FormText.strip(titleFr);
        summaryEn = FormText.strip(summaryEn);
        summaryFr = FormText.strip(summaryFr);
    }

    /** An empty form for a new course, with the default quiz policy. */
    public static CourseForm blank() {
        return new CourseForm(
                null,
                null,
                null,
                null,
                String.valueOf(QuizPolicy.DEFAULT.attempts()),
                String.valueOf(QuizPolicy.DEFAULT.cooldownHours()),
                null,
                null,
                null,
                null,
                null);
    }

    /** The form filled with a course as it is. */
    public static CourseForm of(Course course, CourseStatus status) {
        return new CourseForm(
                course.slug(),
                course.track().name(),
                course.language(),
                String.valueOf(course.durationMinutes()),
                String.valueOf(course.quizPolicy().attempts()),
                String.valueOf(course.quizPolicy().cooldownHours()),
                course.titleEn(),
                course.titleFr(),
                course.summaryEn(),
                course.summaryFr(),
                status.name());
    }

    /** The status chosen, or null to keep the course's. */
    public CourseStatus chosenStatus() {
        return status == null ? null : CourseStatus.valueOf(status);
    }

    /** A form without the quiz policy's fields keeps the defaults. */
    public Course course(UUID id, String courseSlug) {
        return new Course(
                id,
                courseSlug,
                Track.valueOf(track),
                titleEn,
                titleFr,
                summaryEn,
                summaryFr,
                Integer.parseInt(durationMinutes),
                language,
                new QuizPolicy(
                        quizAttempts == null ? QuizPolicy.DEFAULT.attempts() : Integer.parseInt(quizAttempts),
                        quizCooldownHours == null
                                ? QuizPolicy.DEFAULT.cooldownHours()
                                : Integer.parseInt(quizCooldownHours)));
    }
}
