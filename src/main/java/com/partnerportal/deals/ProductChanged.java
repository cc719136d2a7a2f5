package com.partnerportal.deals;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin added a product to the list partners register deals for, or retired one (R9.1). */
public record ProductChanged(String actor, UUID productId, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "deal-product.changed";
    }

    @Override
    public String targetType() {
        return "deal-product";
    }

    @Override
    public String targetId() {
        return productId.toString();
    }
}
