package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A vendor admin changed which companies may hold an email domain (R2.1). */
public record DomainChanged(String actor, CompanyId companyId, String domain, Change change) implements AuditableEvent {

    public enum Change {
        /** The company holds the domain too, e.g. for an applicant approved into it (R3.8). */
        ADDED("company.domain-added", "Domain %s added"),
        /** Other companies may hold the domain too. */
        SHARED("company.domain-shared", "Domain %s may be held by several companies");

        private final String action;
        private final String details;

        Change(String action, String details) {
            this.action = action;
            this.details = details;
        }
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, change.action, "company", companyId.toString(), change.details.formatted(domain));
    }
}
