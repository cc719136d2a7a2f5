package com.partnerportal.deals.internal;

import com.partnerportal.deals.DealChanged;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R9.5 after approval: the partner may ask once for more time, which the vendor grants or refuses;
 * an approved registration expires when its protection ends, which frees the customer; its
 * registrant is reminded 14 and 3 days before. Expiry and each reminder happen once whatever the
 * instances: each is claimed by one conditional {@code UPDATE} (the row lock makes a second
 * instance re-read the row and find it claimed), and expiries are taken {@code FOR UPDATE SKIP
 * LOCKED} in batches, so instances share the work instead of waiting on each other.
 */
@Service
public class DealProtection {

    /** R9.5: an extension adds this much, once. */
    public static final Duration EXTENSION = Duration.ofDays(30);

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final DealStore store;
    private final ApplicationEventPublisher events;

    public DealProtection(JdbcClient jdbc, DealStore store, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
    }

    /**
     * The partner asks for the one extension (R9.5); the caller publishes the change.
     *
     * @throws DealTransitionRefusedException unless the registration is approved and never asked for one
     */
    @Transactional
    public void requestExtension(PortalPrincipal user, DealRegistration deal, String reason) {
        int asked = jdbc.sql("""
                        UPDATE deal_registration SET extension_requested_at = now(), extension_reason = :reason,
                               updated_at = now()
                         WHERE id = :id AND status = 'APPROVED'
                           AND extension_requested_at IS NULL
                        """).param("reason", reason).param("id", deal.id()).update();
        if (asked == 0) {
            throw new DealTransitionRefusedException(deal.status(), "extended again");
        }
        history(deal.id(), user.email(), "Extension requested" + (reason == null ? "" : ": " + reason));
    }

    /**
     * The vendor grants or refuses the extension asked for; a grant moves the expiry by {@link #EXTENSION}.
     *
     * @throws DealTransitionRefusedException when no extension awaits a decision
     */
    @Transactional
    public void decideExtension(PortalPrincipal vendor, DealRegistration deal, boolean granted, String reason) {
        if (!vendor.isVendorAdmin()) {
            throw new DealTransitionRefusedException(deal.status(), "extended by anyone but the vendor");
        }
        int decided = jdbc.sql("""
                        UPDATE deal_registration
                           SET extension_decided_at = now(), extension_granted = :granted, updated_at = now(),
                               expires_at = CASE WHEN :granted THEN expires_at + :days * interval '1 day'
                                                 ELSE expires_at END,
                               reminded_14_at = CASE WHEN :granted THEN NULL ELSE reminded_14_at END,
                               reminded_3_at = CASE WHEN :granted THEN NULL ELSE reminded_3_at END
                         WHERE id = :id AND status = 'APPROVED' AND extension_requested_at IS NOT NULL
                           AND extension_decided_at IS NULL
                        """)
                .param("granted", granted)
                .param("days", EXTENSION.toDays())
                .param("id", deal.id())
                .update();
        if (decided == 0) {
            throw new DealTransitionRefusedException(deal.status(), "given an extension nobody asked for");
        }
        history(
                deal.id(),
                vendor.email(),
                (granted ? "Extension granted" : "Extension refused") + (reason == null ? "" : ": " + reason));
    }

    /** Where a registration's extension stands, for its page. */
    public record Extension(boolean requested, boolean decided, Boolean granted, String reason) {}

    public Extension extensionOf(UUID deal) {
        return jdbc.sql("""
                        SELECT extension_requested_at IS NOT NULL AS requested, extension_decided_at IS NOT NULL AS decided,
                               extension_granted, extension_reason
                          FROM deal_registration WHERE id = :id
                        """)
                .param("id", deal)
                .query((row, n) -> new Extension(
                        row.getBoolean("requested"),
                        row.getBoolean("decided"),
                        (Boolean) row.getObject("extension_granted"),
                        row.getString("extension_reason")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** @return how many expired in this batch */
    @Transactional
    public int expireBatch() {
        List<UUID> expired =
                jdbc.sql("""
                        UPDATE deal_registration SET status = 'EXPIRED', updated_at = now()
                         WHERE id IN (SELECT id FROM deal_registration
                                       WHERE status = 'APPROVED' AND expires_at <= now()
                                       ORDER BY expires_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                        RETURNING id
                        """).param("batch", BATCH).query(UUID.class).list();
        for (UUID id : expired) {
            store.release(id);
            jdbc.sql("""
                    INSERT INTO deal_history (id, deal_id, actor, from_status, to_status, reason)
                    VALUES (:id, :deal, 'system', 'APPROVED', 'EXPIRED', 'Protection ended')
                    """).param("id", UUID.randomUUID()).param("deal", id).update();
            store.find(id).ifPresent(deal -> publish("system", deal, "expired", null));
        }
        return expired.size();
    }

    private static final String REMIND_14 = """
            UPDATE deal_registration SET reminded_14_at = now()
             WHERE status = 'APPROVED' AND reminded_14_at IS NULL
               AND expires_at > now() AND expires_at <= now() + :days * interval '1 day'
            RETURNING id
            """;
    private static final String REMIND_3 = """
            UPDATE deal_registration SET reminded_3_at = now()
             WHERE status = 'APPROVED' AND reminded_3_at IS NULL
               AND expires_at > now() AND expires_at <= now() + :days * interval '1 day'
            RETURNING id
            """;

    /** Claims and sends the reminders {@code days} before expiry that are due and not sent yet. */
    @Transactional
    public int remind(int days) {
        String claim = switch (days) {
            case 14 -> REMIND_14;
            case 3 -> REMIND_3;
            default -> throw new IllegalArgumentException("Reminders go 14 and 3 days before expiry");
        };
        List<UUID> due = jdbc.sql(claim).param("days", days).query(UUID.class).list();
        for (UUID id : due) {
            store.find(id).ifPresent(deal -> publish("system", deal, "reminder-" + days, null));
        }
        return due.size();
    }

    private void history(UUID deal, String actor, String reason) {
        jdbc.sql("""
                INSERT INTO deal_history (id, deal_id, actor, from_status, to_status, reason)
                VALUES (:id, :deal, :actor, 'APPROVED', 'APPROVED', :reason)
                """)
                .param("id", UUID.randomUUID())
                .param("deal", deal)
                .param("actor", actor)
                .param("reason", reason)
                .update();
    }

    private void publish(String actor, DealRegistration deal, String change, String reason) {
        events.publishEvent(new DealChanged(
                actor,
                deal.id(),
                change,
                deal.registeredBy(),
                deal.customer().name(),
                change.equals("expired") ? "EXPIRED" : deal.status().name(),
                reason,
                "Registration " + deal.customer().name() + ": " + change,
                deal.companyId(),
                deal.distributorId()));
    }
}
