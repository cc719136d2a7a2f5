package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A vendor admin set a company's own number of technical seats, or gave it back its level's (R5.2, R10.4). */
public record SeatLimitChanged(String actor, CompanyId companyId, Integer limit) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                "technical-seat.limit-changed",
                "company",
                companyId.toString(),
                limit == null
                        ? "Technical seat limit follows the programme level"
                        : "Technical seat limit set to " + limit + " whatever the level");
    }
}
