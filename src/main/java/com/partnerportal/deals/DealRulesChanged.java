package com.partnerportal.deals;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin turned the rule that approves registrations without conflict on or off (R9.3). */
public record DealRulesChanged(String actor, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "deal-rules.changed";
    }

    @Override
    public String targetType() {
        return "deal-rules";
    }

    @Override
    public String targetId() {
        return "approval";
    }
}
