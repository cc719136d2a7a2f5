package com.partnerportal.university.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.HttpsAddress;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A lesson as the admin form sends it (R5.1): a title and a text in both languages, an optional https video. */
public record LessonForm(
        @NotBlank(message = "{courses.error.lesson}")
        @Size(max = 200, message = "{courses.error.lesson}")
        @PlainText(message = "{courses.error.lesson}", multiline = false)
        String lessonTitleEn,

        @NotBlank(message = "{courses.error.lesson}")
        @Size(max = 200, message = "{courses.error.lesson}")
        @PlainText(message = "{courses.error.lesson}", multiline = false)
        String lessonTitleFr,

        @NotBlank(message = "{courses.error.lesson}")
        @Size(max = 20_000, message = "{courses.error.lesson}")
        @PlainText(message = "{courses.error.lesson}")
        String lessonBodyEn,

        @NotBlank(message = "{courses.error.lesson}")
        @Size(max = 20_000, message = "{courses.error.lesson}")
        @PlainText(message = "{courses.error.lesson}")
        String lessonBodyFr,

        @HttpsAddress(message = "{courses.error.video}") String lessonVideo)
        implements Serializable {

    public LessonForm {
        lessonTitleEn = FormText.strip(lessonTitleEn);
        lessonTitleFr = FormText.strip(lessonTitleFr);
        lessonBodyEn = FormText.strip(lessonBodyEn);
        lessonBodyFr = FormText.strip(lessonBodyFr);
        lessonVideo = FormText.strip(lessonVideo);
    }

    /** The lesson's text in both languages as learners will read it, before it is added (R5.7). */
    public record Preview(String htmlEn, String htmlFr) implements Serializable {}

    public Preview preview() {
        return new Preview(LessonMarkdown.html(lessonBodyEn), LessonMarkdown.html(lessonBodyFr));
    }
}
