package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A company now buys through this distributor (R2.3). */
public record CompanyAssociated(
        CompanyId companyId, String companyName, DistributorId distributorId, String distributorName, String by)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                by,
                "partner.associated",
                "company",
                companyId.toString(),
                companyName + " associated with " + distributorName);
    }
}
