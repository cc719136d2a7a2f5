package com.partnerportal.support.internal;

import com.partnerportal.shared.EnumName;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

/**
 * What a requester writes (R7.1). A visitor also gives a name and an email address, which the
 * controller requires of visitors only.
 */
public record SupportForm(
        @NotNull(message = "{support.error.category}")
        @EnumName(value = Category.class, message = "{support.error.category}")
        String category,

        @NotBlank(message = "{support.error.subject}")
        @Size(max = 200, message = "{support.error.subject}")
        @PlainText(message = "{support.error.subject}", multiline = false)
        String subject,

        @NotBlank(message = "{support.error.description}")
        @Size(max = MAX_BODY, message = "{support.error.description}")
        @PlainText(message = "{support.error.description}")
        String description,

        @Size(max = 100, message = "{support.error.name}")
        @PlainText(message = "{support.error.name}", multiline = false)
        String name,

        @Size(max = 254, message = "{support.error.email}") String email) {

    public static final int MAX_BODY = 10_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    public SupportForm {
        category = FormText.strip(category);
        subject = FormText.strip(subject);
        description = FormText.strip(description);
        name = FormText.strip(name);
        email = FormText.strip(email);
    }

    /** The form a link opens: a category chosen, and for a visitor the address they registered with (R3.6). */
    public static SupportForm prefilled(Category category, String email) {
        return new SupportForm(category == null ? null : category.name(), null, null, null, email);
    }

    public Category chosenCategory() {
        return Category.valueOf(category);
    }

    /** A message body as typed, or null when it is empty, too long or holds control characters. */
    public static String body(String value) {
        String body = value == null ? "" : value.strip();
        return body.isEmpty()
                        || body.length() > MAX_BODY
                        || CONTROL.matcher(body).find()
                ? null
                : body;
    }
}
