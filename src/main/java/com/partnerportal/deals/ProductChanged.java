package com.partnerportal.deals;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin added a product to the list partners register deals for, or retired one (R9.1). */
public record ProductChanged(String actor, UUID productId, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "deal-product.changed", "deal-product", productId.toString(), details);
    }
}
