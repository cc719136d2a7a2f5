package com.partnerportal.deals;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A vendor admin turned the rule that approves registrations without conflict on or off (R9.3). */
public record DealRulesChanged(String actor, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "deal-rules.changed", "deal-rules", "approval", details);
    }
}
