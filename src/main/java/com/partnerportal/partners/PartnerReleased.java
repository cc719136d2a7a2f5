package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/**
 * A distributor released a partner that now buys through another distributor (R2.3): its
 * association ended, and the vendor is told. {@code onBehalf} when a vendor admin recorded it for
 * the distributor.
 */
public record PartnerReleased(
        CompanyId companyId,
        String companyName,
        DistributorId distributorId,
        String distributorName,
        String releasedBy,
        String reason,
        boolean onBehalf)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                releasedBy,
                onBehalf ? "partner.released-on-behalf" : "partner.released",
                "company",
                companyId.toString(),
                companyName + " released by " + distributorName + (reason == null ? "" : ": " + reason));
    }
}
