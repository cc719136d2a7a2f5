package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin registered or changed a distributor. */
public record DistributorChanged(String actor, DistributorId distributorId, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "distributor.changed";
    }

    @Override
    public String targetType() {
        return "distributor";
    }

    @Override
    public String targetId() {
        return distributorId.toString();
    }
}
