package com.partnerportal.shared;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time keys of form submissions (R8.4), so that a form sent twice is done once. A form carries a
 * fresh key ({@code forms :: submission}); {@link SubmissionFilter} claims it in the transaction that
 * does the work and records the answer there, and answers a repeat with the recorded answer.
 */
@Component("formSubmissions")
public class FormSubmissions {

    /** The request parameter that carries the key. */
    public static final String PARAMETER = "_submission";

    /** What the first request answered. */
    record Answer(int status, String location, String contentType, byte[] body) {}

    private final JdbcClient jdbc;

    FormSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh key for a form being drawn. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Claims the key for this principal in the caller's transaction: true for the first request. A
     * concurrent one waits here until the first commits (the key's unique index), then finds it taken.
     */
    boolean claim(UUID key, String principal) {
        return jdbc.sql("INSERT INTO form_submission (key, principal) VALUES (:key, :principal) ON CONFLICT DO NOTHING")
                        .param("key", key)
                        .param("principal", principal)
                        .update()
                == 1;
    }

    void record(UUID key, Answer answer) {
        jdbc.sql("""
                        UPDATE form_submission SET status = :status, location = :location, content_type = :type, body = :body
                         WHERE key = :key
                        """)
                .param("status", answer.status())
                .param("location", answer.location())
                .param("type", answer.contentType())
                .param("body", answer.body())
                .param("key", key)
                .update();
    }

    /** The answer recorded for this principal's key; none when another principal claimed it. */
    Optional<Answer> answer(UUID key, String principal) {
        return jdbc.sql(
                        "SELECT * FROM form_submission WHERE key = :key AND principal = :principal AND status IS NOT NULL")
                .param("key", key)
                .param("principal", principal)
                .query((row, n) -> new Answer(
                        row.getInt("status"),
                        row.getString("location"),
                        row.getString("content_type"),
                        row.getBytes("body")))
                .optional();
    }

    /** Keys are kept a day: retries come within seconds. An idempotent delete, safe on every instance. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        jdbc.sql("DELETE FROM form_submission WHERE created_at < now() - interval '1 day'")
                .update();
    }
}
