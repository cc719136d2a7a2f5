package com.partnerportal.support.internal;

import com.partnerportal.shared.Keyset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The support tables. */
@Repository
public class SupportStore {

    public record NewRequest(
            Category category,
            String subject,
            String description,
            UUID requesterAccountId,
            String requesterEmail,
            String requesterName,
            Locale locale,
            UUID companyId) {}

    /** The vendor queue's filters; null means any. */
    public record QueueFilter(Status status, Category category, UUID companyId, Integer olderThanDays, boolean mine) {}

    private final JdbcClient jdbc;

    public SupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SupportRequest create(
            NewRequest request, Status status, byte[] confirmTokenHash, Duration confirmFor, UUID fileId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO support_request (id, category, subject, status, requester_account_id, requester_email,
                    requester_name, requester_locale, company_id, confirm_token_hash, confirm_expires_at)
                VALUES (:id, :category, :subject, :status, :account, :email, :name, :locale, :company, :hash,
                    CASE WHEN CAST(:hash AS bytea) IS NULL THEN NULL ELSE now() + :seconds * interval '1 second' END)
                """)
                .param("id", id)
                .param("category", request.category().name())
                .param("subject", request.subject())
                .param("status", status.name())
                .param("account", request.requesterAccountId())
                .param("email", request.requesterEmail())
                .param("name", request.requesterName())
                .param("locale", request.locale().toLanguageTag())
                .param("company", request.companyId())
                .param("hash", confirmTokenHash)
                .param("seconds", confirmFor.toSeconds())
                .update();
        addMessage(id, MessageKind.REQUESTER, request.requesterEmail(), request.description(), fileId);
        return find(id).orElseThrow();
    }

    /** Confirms the visitor's request whose link this is, once: of concurrent clicks, one wins. */
    public Optional<UUID> confirm(byte[] tokenHash) {
        return jdbc.sql("""
                UPDATE support_request SET status = 'NEW', confirm_token_hash = NULL, confirm_expires_at = NULL,
                    updated_at = now()
                WHERE confirm_token_hash = :hash AND status = 'UNCONFIRMED' AND confirm_expires_at > now()
                RETURNING id
                """).param("hash", tokenHash).query(UUID.class).optional();
    }

    public boolean awaitsConfirmation(byte[] tokenHash) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM support_request WHERE confirm_token_hash = :hash"
                        + " AND status = 'UNCONFIRMED' AND confirm_expires_at > now())")
                .param("hash", tokenHash)
                .query(Boolean.class)
                .single();
    }

    public Optional<SupportRequest> find(UUID id) {
        return jdbc.sql("SELECT * FROM support_request WHERE id = :id")
                .param("id", id)
                .query(SupportStore::map)
                .optional();
    }

    /** Locks the request's row for a change, so concurrent changes apply one after the other. */
    public Optional<SupportRequest> lock(UUID id) {
        return jdbc.sql("SELECT * FROM support_request WHERE id = :id AND status <> 'UNCONFIRMED' FOR UPDATE")
                .param("id", id)
                .query(SupportStore::map)
                .optional();
    }

    /** The requester's page after {@code after} (null: the first), newest first. */
    public Keyset.Page<SupportRequest> ofRequester(UUID accountId, Keyset after, int size) {
        var rows = jdbc.sql("SELECT * FROM support_request WHERE requester_account_id = :account"
                        + " AND status <> 'UNCONFIRMED'"
                        + (after == null ? "" : " AND (created_at, id) < (:afterAt, :afterId)")
                        + " ORDER BY created_at DESC, id DESC LIMIT :size")
                .param("account", accountId)
                .param("afterAt", after == null ? null : after.atUtc())
                .param("afterId", after == null ? null : after.id())
                .param("size", size + 1)
                .query(SupportStore::map)
                .list();
        return Keyset.page(rows, size, request -> new Keyset(request.createdAt(), request.id()));
    }

    /** The queue's page after {@code after} (null: the first), oldest first (R7.1). */
    public Keyset.Page<SupportRequest> queue(QueueFilter filter, String me, Keyset after, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM support_request WHERE status <> 'UNCONFIRMED'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            parameters.put("status", filter.status().name());
        } else {
            sql.append(" AND status NOT IN ('RESOLVED', 'CLOSED')");
        }
        if (filter.category() != null) {
            sql.append(" AND category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.companyId() != null) {
            sql.append(" AND company_id = :company");
            parameters.put("company", filter.companyId());
        }
        if (filter.olderThanDays() != null) {
            sql.append(" AND created_at < now() - :days * interval '1 day'");
            parameters.put("days", filter.olderThanDays());
        }
        if (filter.mine()) {
            sql.append(" AND assignee = :me");
            parameters.put("me", me);
        }
        if (after != null) {
            sql.append(" AND (created_at, id) > (:afterAt, :afterId)");
            parameters.put("afterAt", after.atUtc());
            parameters.put("afterId", after.id());
        }
        sql.append(" ORDER BY created_at, id LIMIT :size");
        parameters.put("size", size + 1);
        var rows = jdbc.sql(sql.toString())
                .params(parameters)
                .query(SupportStore::map)
                .list();
        return Keyset.page(rows, size, request -> new Keyset(request.createdAt(), request.id()));
    }

    public List<Message> thread(UUID requestId) {
        return jdbc.sql("SELECT m.*, f.file_name, f.size_bytes FROM support_message m"
                        + " LEFT JOIN stored_file f ON f.id = m.file_id WHERE m.request_id = :id"
                        + " ORDER BY m.created_at, m.id")
                .param("id", requestId)
                .query((row, n) -> new Message(
                        row.getObject("id", UUID.class),
                        MessageKind.valueOf(row.getString("kind")),
                        row.getString("author"),
                        row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getObject("file_id", UUID.class),
                        row.getString("file_name"),
                        row.getLong("size_bytes")))
                .list();
    }

    public void addMessage(UUID requestId, MessageKind kind, String author, String body) {
        addMessage(requestId, kind, author, body, null);
    }

    public void addMessage(UUID requestId, MessageKind kind, String author, String body, UUID fileId) {
        jdbc.sql("INSERT INTO support_message (id, request_id, kind, author, body, file_id, created_at)"
                        + " VALUES (:id, :request, :kind, :author, :body, :file, clock_timestamp())")
                .param("id", UUID.randomUUID())
                .param("request", requestId)
                .param("kind", kind.name())
                .param("author", author)
                .param("body", body)
                .param("file", fileId)
                .update();
        touch(requestId);
    }

    public void setStatus(UUID requestId, Status status) {
        jdbc.sql("UPDATE support_request SET status = :status, updated_at = now() WHERE id = :id")
                .param("status", status.name())
                .param("id", requestId)
                .update();
    }

    public void assign(UUID requestId, String assignee) {
        jdbc.sql("UPDATE support_request SET assignee = :assignee, updated_at = now() WHERE id = :id")
                .param("assignee", assignee)
                .param("id", requestId)
                .update();
    }

    public void setCompany(UUID requestId, UUID companyId) {
        jdbc.sql("UPDATE support_request SET company_id = :company, updated_at = now() WHERE id = :id")
                .param("company", companyId)
                .param("id", requestId)
                .update();
    }

    private void touch(UUID requestId) {
        jdbc.sql("UPDATE support_request SET updated_at = now() WHERE id = :id")
                .param("id", requestId)
                .update();
    }

    private static SupportRequest map(ResultSet row, int rowNumber) throws SQLException {
        return new SupportRequest(
                row.getObject("id", UUID.class),
                row.getLong("number"),
                Category.valueOf(row.getString("category")),
                row.getString("subject"),
                Status.valueOf(row.getString("status")),
                row.getObject("requester_account_id", UUID.class),
                row.getString("requester_email"),
                row.getString("requester_name"),
                Locale.forLanguageTag(row.getString("requester_locale")),
                row.getObject("company_id", UUID.class),
                row.getString("assignee"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
