package com.partnerportal.notifications;

import com.partnerportal.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The email table: written in the business transaction, claimed and updated by the dispatcher. */
@Repository
class EmailOutbox {

    record Page(List<OutboxEmail> emails, long total) {}

    private static final String COLUMNS = "id, message_id, kind, recipient, locale, subject, body_text, body_html,"
            + " sensitive, status, attempts, next_attempt_at, last_error, created_at, sent_at";
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    EmailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(OutboxEmail email) {
        jdbc.sql("INSERT INTO email_message (id, message_id, kind, recipient, locale, subject, body_text, body_html,"
                        + " sensitive) VALUES (:id, :messageId, :kind, :recipient, :locale, :subject, :text, :html,"
                        + " :sensitive)")
                .param("id", email.id())
                .param("messageId", email.messageId())
                .param("kind", email.kind())
                .param("recipient", email.recipient())
                .param("locale", email.locale())
                .param("subject", email.subject())
                .param("text", email.bodyText())
                .param("html", email.bodyHtml())
                .param("sensitive", email.sensitive())
                .update();
    }

    /**
     * Takes up to {@code limit} due emails for this instance: each is leased (its next attempt moved
     * past the lease) and its attempt counted, in one statement that skips rows another instance holds.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<OutboxEmail> claimDue(int limit, Duration lease) {
        return jdbc.sql("UPDATE email_message SET next_attempt_at = now() + :lease * interval '1 millisecond',"
                        + " attempts = attempts + 1 WHERE id IN (SELECT id FROM email_message"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at"
                        + " LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .param("lease", lease.toMillis())
                .param("limit", limit)
                .query(EmailOutbox::map)
                .list();
    }

    /** Marks an email delivered; a sensitive one (it held a single-use link) loses its content. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void markSent(UUID id) {
        // Durable before the next email goes out, whatever the server's default: a crash must not forget
        // a delivery (and send it again) that the SMTP server already accepted.
        jdbc.sql("SET LOCAL synchronous_commit = on").update();
        jdbc.sql("UPDATE email_message SET status = 'SENT', sent_at = now(), last_error = NULL,"
                        + " body_text = CASE WHEN sensitive THEN NULL ELSE body_text END,"
                        + " body_html = CASE WHEN sensitive THEN NULL ELSE body_html END WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void markAttemptFailed(UUID id, String error, Instant nextAttempt, boolean giveUp) {
        String shortError = error == null ? "unknown error" : error;
        if (shortError.length() > MAX_ERROR_LENGTH) {
            shortError = shortError.substring(0, MAX_ERROR_LENGTH);
        }
        jdbc.sql("UPDATE email_message SET status = :status, last_error = :error, next_attempt_at = :next"
                        + " WHERE id = :id AND status = 'PENDING'")
                .param("status", giveUp ? EmailStatus.FAILED.name() : EmailStatus.PENDING.name())
                .param("error", shortError)
                .param("next", Timestamp.from(nextAttempt))
                .param("id", id)
                .update();
    }

    /** Puts a failed email back in the queue, due now, with a fresh count of attempts. */
    boolean requeueFailed(UUID id) {
        return jdbc.sql("UPDATE email_message SET status = 'PENDING', attempts = 0, next_attempt_at = now()"
                                + " WHERE id = :id AND status = 'FAILED'")
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<OutboxEmail> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM email_message WHERE id = :id")
                .param("id", id)
                .query(EmailOutbox::map)
                .optional();
    }

    Page page(EmailStatus status, String recipientContains, int page, int size) {
        String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                + " AND (CAST(:recipient AS text) IS NULL OR strpos(recipient, :recipient) > 0)";
        String statusName = status == null ? null : status.name();
        String recipient = recipientContains == null || recipientContains.isBlank()
                ? null
                : recipientContains.strip().toLowerCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*) FROM email_message" + where)
                .param("status", statusName)
                .param("recipient", recipient)
                .query(Long.class)
                .single();
        List<OutboxEmail> emails = jdbc.sql("SELECT " + COLUMNS + " FROM email_message" + where
                        + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("status", statusName)
                .param("recipient", recipient)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(EmailOutbox::map)
                .list();
        return new Page(emails, total);
    }

    private static OutboxEmail map(ResultSet row, int rowNumber) throws SQLException {
        return new OutboxEmail(
                row.getObject("id", UUID.class),
                row.getString("message_id"),
                row.getString("kind"),
                row.getString("recipient"),
                row.getString("locale"),
                row.getString("subject"),
                row.getString("body_text"),
                row.getString("body_html"),
                row.getBoolean("sensitive"),
                EmailStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                Rows.instant(row, "next_attempt_at"),
                row.getString("last_error"),
                Rows.instant(row, "created_at"),
                Rows.instant(row, "sent_at"));
    }
}
