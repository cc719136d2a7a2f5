package com.partnerportal.registration;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin added, changed or removed a rule on an email domain. */
public record DomainRuleChanged(String actor, String domain, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "domain-rule.changed";
    }

    @Override
    public String targetType() {
        return "domain";
    }

    @Override
    public String targetId() {
        return domain;
    }
}
