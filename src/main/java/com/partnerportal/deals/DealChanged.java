package com.partnerportal.deals;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A deal registration was created or moved (R9.3, R9.7): who did what, and why. */
public record DealChanged(String actor, UUID dealId, String change, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "deal." + change;
    }

    @Override
    public String targetType() {
        return "deal-registration";
    }

    @Override
    public String targetId() {
        return dealId.toString();
    }
}
