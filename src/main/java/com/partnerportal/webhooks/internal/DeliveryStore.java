package com.partnerportal.webhooks.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.Rows;
import com.partnerportal.shared.SecretCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries: written in the transaction of the event they carry (so an event is sent if and
 * only if its change committed), claimed with a lease by whichever instance sends them (R8.2).
 */
@Repository
class DeliveryStore {

    static final int EXCERPT_LENGTH = 500;

    private static final String COLUMNS = "id, endpoint_id, event_type, payload, status, attempts, next_attempt_at,"
            + " last_attempt_at, response_status, response_excerpt, last_error, created_at, delivered_at";

    private static final String QUALIFIED = "d.id, d.endpoint_id, d.event_type, d.payload, d.status, d.attempts,"
            + " d.next_attempt_at, d.last_attempt_at, d.response_status, d.response_excerpt, d.last_error,"
            + " d.created_at, d.delivered_at";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    DeliveryStore(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * One delivery per active endpoint that chose this type and may hear of it: the vendor's hear of
     * every event, a distributor's only of those in its scope (R8.3). Returns how many were queued.
     */
    int fanOut(EventType type, DistributorId scope, String payload) {
        return jdbc.sql("INSERT INTO webhook_delivery (id, endpoint_id, event_type, payload)"
                        + " SELECT gen_random_uuid(), id, :type, :payload FROM webhook_endpoint"
                        + " WHERE active AND :type = ANY (event_types)"
                        + " AND (distributor_id IS NULL OR distributor_id = :scope)")
                .param("type", type.wireName())
                .param("payload", payload)
                .param("scope", scope == null ? null : scope.value())
                .update();
    }

    UUID addTo(UUID endpointId, EventType type, String payload) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO webhook_delivery (id, endpoint_id, event_type, payload) VALUES (:id, :endpoint, :type,"
                        + " :payload)")
                .param("id", id)
                .param("endpoint", endpointId)
                .param("type", type.wireName())
                .param("payload", payload)
                .update();
        return id;
    }

    /**
     * A delivery taken for sending, with what sending needs of its endpoint: the address, whether it
     * is on and was failing, and the secrets that sign now (the previous one while it overlaps).
     */
    record Claimed(Delivery delivery, String url, boolean active, boolean failing, List<byte[]> secrets) {}

    /**
     * Takes up to {@code limit} due deliveries for this instance: each is leased (its next attempt
     * moved past the lease) and its attempt counted, skipping rows another instance holds, and read
     * with its endpoint in the same statement.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<Claimed> claimDue(int limit, Duration lease) {
        return jdbc.sql("UPDATE webhook_delivery d SET next_attempt_at = now() + :lease * interval '1 millisecond',"
                        + " attempts = d.attempts + 1, last_attempt_at = now() FROM webhook_endpoint e"
                        + " WHERE e.id = d.endpoint_id AND d.id IN (SELECT id FROM webhook_delivery"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING "
                        + QUALIFIED + ", e.url, e.active, e.failing_since IS NOT NULL AS failing, e.secret AS current,"
                        + " CASE WHEN e.previous_secret_until > now() THEN e.previous_secret END AS previous")
                .param("lease", lease.toMillis())
                .param("limit", limit)
                .query((row, n) -> {
                    var secrets = new ArrayList<byte[]>();
                    secrets.add(cipher.decrypt(row.getBytes("current")));
                    byte[] previous = row.getBytes("previous");
                    if (previous != null) {
                        secrets.add(cipher.decrypt(previous));
                    }
                    return new Claimed(
                            map(row, n),
                            row.getString("url"),
                            row.getBoolean("active"),
                            row.getBoolean("failing"),
                            secrets);
                })
                .list();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void markDelivered(UUID id, int status, String excerpt) {
        // Durable before the next delivery goes out: a crash must not forget a delivery the receiver accepted.
        jdbc.sql("SET LOCAL synchronous_commit = on").update();
        jdbc.sql("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), response_status = :code,"
                        + " response_excerpt = :excerpt, last_error = NULL WHERE id = :id AND status = 'PENDING'")
                .param("code", status)
                .param("excerpt", shorten(excerpt))
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void markAttemptFailed(UUID id, Integer status, String excerpt, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("UPDATE webhook_delivery SET status = :status, response_status = :code, response_excerpt = :excerpt,"
                        + " last_error = :error, next_attempt_at = :next WHERE id = :id AND status = 'PENDING'")
                .param("status", giveUp ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name())
                .param("code", status)
                .param("excerpt", shorten(excerpt))
                .param("error", shorten(error))
                .param("next", java.sql.Timestamp.from(nextAttempt))
                .param("id", id)
                .update();
    }

    /** A failed delivery goes back in the queue, due now, with the same id and a fresh count of attempts. */
    boolean requeueFailed(UUID endpointId, UUID id) {
        return jdbc.sql(
                                "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(),"
                                        + " created_at = now() WHERE id = :id AND endpoint_id = :endpoint AND status = 'FAILED'")
                        .param("id", id)
                        .param("endpoint", endpointId)
                        .update()
                == 1;
    }

    /** The log of one endpoint, newest first, from the last row shown. */
    Keyset.Page<Delivery> log(UUID endpointId, EventType type, DeliveryStatus status, Keyset after, int size) {
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE endpoint_id = :endpoint"
                        + " AND (CAST(:type AS text) IS NULL OR event_type = :type)"
                        + " AND (CAST(:status AS text) IS NULL OR status = :status)"
                        + " AND (CAST(:afterAt AS timestamptz) IS NULL OR (created_at, id) < (:afterAt, :afterId))"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("endpoint", endpointId)
                .param("type", type == null ? null : type.wireName())
                .param("status", status == null ? null : status.name())
                .param("afterAt", after == null ? null : after.atUtc())
                .param("afterId", after == null ? null : after.id())
                .param("limit", size + 1)
                .query(DeliveryStore::map)
                .list();
        return Keyset.page(rows, size, delivery -> new Keyset(delivery.createdAt(), delivery.id()));
    }

    /** Deletes what is no longer pending and older than {@code retention}; returns how many. */
    int deleteOlderThan(Duration retention) {
        return jdbc.sql("DELETE FROM webhook_delivery WHERE status <> 'PENDING'"
                        + " AND created_at < now() - :retention * interval '1 millisecond'")
                .param("retention", retention.toMillis())
                .update();
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > EXCERPT_LENGTH ? clean.substring(0, EXCERPT_LENGTH) : clean;
    }

    private static Delivery map(ResultSet row, int rowNumber) throws SQLException {
        int code = row.getInt("response_status");
        Integer responseStatus = row.wasNull() ? null : code;
        return new Delivery(
                row.getObject("id", UUID.class),
                row.getObject("endpoint_id", UUID.class),
                EventType.ofWireName(row.getString("event_type")).orElse(EventType.TEST),
                row.getString("payload"),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                Rows.instant(row, "next_attempt_at"),
                Rows.instant(row, "last_attempt_at"),
                responseStatus,
                row.getString("response_excerpt"),
                row.getString("last_error"),
                Rows.instant(row, "created_at"),
                Rows.instant(row, "delivered_at"));
    }
}
