package com.partnerportal.registration;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A vendor admin added, changed or removed a rule on an email domain. */
public record DomainRuleChanged(String actor, String domain, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "domain-rule.changed", "domain", domain, details);
    }
}
