package com.partnerportal.deals.internal;

import com.partnerportal.deals.DealRulesChanged;
import com.partnerportal.deals.ProductChanged;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's product list that deals are registered for (R9.1): vendor admins add products and
 * retire them; a retired product stays on the registrations that name it but is no longer offered.
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class DealProducts {

    public record Listed(UUID id, String name, boolean active, long registrations) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DealStore store;

    public DealProducts(JdbcClient jdbc, ApplicationEventPublisher events, DealStore store) {
        this.jdbc = jdbc;
        this.events = events;
        this.store = store;
    }

    public List<Listed> all() {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.active,
                               (SELECT count(*) FROM deal_registration_product x WHERE x.product_id = p.id) AS used
                          FROM deal_product p ORDER BY p.active DESC, p.name
                        """)
                .query((row, n) -> new Listed(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getBoolean("active"),
                        row.getLong("used")))
                .list();
    }

    /** @throws FormRefusedException when a product of that name exists */
    @Transactional
    public UUID add(ProductForm form, String actor) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name) ON CONFLICT (name) DO NOTHING")
                .param("id", id)
                .param("name", form.name())
                .update();
        if (added == 0) {
            throw new FormRefusedException(Map.of("name", "deals.products.error.taken"));
        }
        events.publishEvent(new ProductChanged(actor, id, "Product " + form.name() + " added"));
        return id;
    }

    /** Whether registrations without conflict are approved once the distributor did (R9.3, off by default). */
    public boolean autoApproves() {
        return store.autoApproves();
    }

    @Transactional
    public void setAutoApprove(boolean on, String actor) {
        int changed = jdbc.sql("""
                        UPDATE deal_rules SET auto_approve = :on, updated_at = now(), updated_by = :actor
                         WHERE auto_approve <> :on
                        """).param("on", on).param("actor", actor).update();
        if (changed > 0) {
            events.publishEvent(new DealRulesChanged(
                    actor,
                    on
                            ? "Registrations without conflict are approved once the distributor did"
                            : "Every registration waits for the vendor's approval"));
        }
    }

    /** Retires or offers again; @throws NotFoundException when there is no such product */
    @Transactional
    public void setActive(UUID id, boolean active, String actor) {
        String name = jdbc.sql("UPDATE deal_product SET active = :active WHERE id = :id RETURNING name")
                .param("active", active)
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        events.publishEvent(
                new ProductChanged(actor, id, "Product " + name + (active ? " offered again" : " retired")));
    }
}
