package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin changed a company's number of technical seats (R5.2). */
public record SeatLimitChanged(String actor, CompanyId companyId, int limit) implements AuditableEvent {

    @Override
    public String action() {
        return "technical-seat.limit-changed";
    }

    @Override
    public String targetType() {
        return "company";
    }

    @Override
    public String targetId() {
        return companyId.toString();
    }

    @Override
    public String details() {
        return "Technical seat limit set to " + limit;
    }
}
