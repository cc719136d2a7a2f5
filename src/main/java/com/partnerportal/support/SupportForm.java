package com.partnerportal.support;

import com.partnerportal.shared.Choices;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a requester writes (R7.1), checked field by field into message keys. */
record SupportForm(Category category, String subject, String description) {

    static final int MAX_BODY = 10_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    record Parsed(SupportForm form, Map<String, String> errors) {}

    static Parsed parse(Map<String, String> input) {
        Map<String, String> errors = new LinkedHashMap<>();
        Category category = Choices.named(
                        Category.class, input.getOrDefault("category", "").toUpperCase(Locale.ROOT))
                .orElse(null);
        if (category == null) {
            errors.put("category", "support.error.category");
        }
        String subject = input.getOrDefault("subject", "").strip();
        if (subject.isEmpty()
                || subject.length() > 200
                || CONTROL.matcher(subject).find()) {
            errors.put("subject", "support.error.subject");
        }
        String description = body(input.get("description"));
        if (description == null) {
            errors.put("description", "support.error.description");
        }
        return new Parsed(new SupportForm(category, subject, description), errors);
    }

    /** A message body as typed, or null when it is empty, too long or holds control characters. */
    static String body(String value) {
        String body = value == null ? "" : value.strip();
        return body.isEmpty()
                        || body.length() > MAX_BODY
                        || CONTROL.matcher(body).find()
                ? null
                : body;
    }
}
