package com.partnerportal.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit table. Only inserts and reads: the database refuses updates and deletes. */
@Repository
class AuditLog {

    record Filter(String action, String actor, Instant from, Instant to) {}

    record Page(List<AuditEntry> entries, long total) {}

    private static final int MAX_FIELD = 2000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String actor, String action, String targetType, String targetId, String details) {
        jdbc.sql("INSERT INTO audit_event (actor, action, target_type, target_id, details, remote_addr)"
                        + " VALUES (:actor, :action, :targetType, :targetId, :details, :remoteAddr)")
                .param("actor", clip(actor == null ? "anonymous" : actor))
                .param("action", clip(action))
                .param("targetType", clip(targetType))
                .param("targetId", clip(targetId))
                .param("details", clip(details))
                .param("remoteAddr", currentRemoteAddress())
                .update();
    }

    Page page(Filter filter, int page, int size) {
        String where = " WHERE (CAST(:action AS text) IS NULL OR action = :action)"
                + " AND (CAST(:actor AS text) IS NULL OR strpos(lower(actor), lower(:actor)) > 0)"
                + " AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)"
                + " AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)";
        long total = bind(jdbc.sql("SELECT count(*) FROM audit_event" + where), filter)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = bind(
                        jdbc.sql("SELECT * FROM audit_event" + where
                                + " ORDER BY occurred_at DESC, id DESC LIMIT :size OFFSET :offset"),
                        filter)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(AuditLog::map)
                .list();
        return new Page(entries, total);
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action")
                .query(String.class)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
        return statement
                .param("action", blankToNull(filter.action()))
                .param("actor", blankToNull(filter.actor()))
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("to", filter.to() == null ? null : Timestamp.from(filter.to()));
    }

    private static AuditEntry map(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                row.getString("action"),
                row.getString("target_type"),
                row.getString("target_id"),
                row.getString("details"),
                row.getString("remote_addr"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD);
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
