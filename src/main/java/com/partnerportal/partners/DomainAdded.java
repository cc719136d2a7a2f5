package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin gave a company another email domain (R2.1), e.g. while approving a request into it. */
record DomainAdded(String actor, CompanyId companyId, String domain) implements AuditableEvent {

    @Override
    public String action() {
        return "company.domain-added";
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
        return "Domain " + domain + " added";
    }
}
