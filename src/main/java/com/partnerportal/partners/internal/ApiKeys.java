package com.partnerportal.partners.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.Rows;
import com.partnerportal.shared.SecretTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keys for the distributor REST API: shown once at creation, stored as SHA-256, scoped to one
 * distributor, revoked at once (every request looks the key up).
 */
@Repository
public class ApiKeys {

    public record Key(
            UUID id,
            String name,
            String prefix,
            String createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record Created(UUID id, String secret) {}

    private static final String PREFIX = "ppk_";

    private final JdbcClient jdbc;

    public ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Created create(DistributorId distributor, String name, String createdBy) {
        UUID id = UUID.randomUUID();
        String secret = PREFIX + SecretTokens.generate();
        jdbc.sql("INSERT INTO distributor_api_key (id, distributor_id, name, key_prefix, key_hash, created_by)"
                        + " VALUES (:id, :distributor, :name, :prefix, :hash, :by)")
                .param("id", id)
                .param("distributor", distributor.value())
                .param("name", name)
                .param("prefix", secret.substring(0, PREFIX.length() + 6))
                .param("hash", SecretTokens.hash(secret))
                .param("by", createdBy)
                .update();
        return new Created(id, secret);
    }

    /** The distributor of an active key; notes its use, at most once a minute. */
    public Optional<DistributorId> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("UPDATE distributor_api_key SET last_used_at = CASE WHEN last_used_at IS NULL"
                        + " OR last_used_at < now() - interval '1 minute' THEN now() ELSE last_used_at END"
                        + " WHERE key_hash = :hash AND revoked_at IS NULL RETURNING distributor_id")
                .param("hash", SecretTokens.hash(secret))
                .query(UUID.class)
                .optional()
                .map(DistributorId::new);
    }

    public boolean revoke(DistributorId distributor, UUID id) {
        return jdbc.sql("UPDATE distributor_api_key SET revoked_at = :now WHERE id = :id"
                                + " AND distributor_id = :distributor AND revoked_at IS NULL")
                        .param("now", Timestamp.from(Instant.now()))
                        .param("id", id)
                        .param("distributor", distributor.value())
                        .update()
                == 1;
    }

    public List<Key> of(DistributorId distributor) {
        return jdbc.sql(
                        "SELECT * FROM distributor_api_key WHERE distributor_id = :distributor ORDER BY created_at DESC")
                .param("distributor", distributor.value())
                .query((row, n) -> new Key(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getString("key_prefix"),
                        row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant(),
                        Rows.instant(row, "last_used_at"),
                        Rows.instant(row, "revoked_at")))
                .list();
    }
}
