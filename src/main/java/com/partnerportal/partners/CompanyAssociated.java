package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;

/** A company now buys through this distributor (R2.3). */
public record CompanyAssociated(
        CompanyId companyId, String companyName, DistributorId distributorId, String distributorName, String by)
        implements AuditableEvent {

    @Override
    public String actor() {
        return by;
    }

    @Override
    public String action() {
        return "partner.associated";
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
        return companyName + " associated with " + distributorName;
    }
}
