package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A vendor admin registered or changed a distributor. */
public record DistributorChanged(String actor, DistributorId distributorId, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "distributor.changed", "distributor", distributorId.toString(), details);
    }
}
