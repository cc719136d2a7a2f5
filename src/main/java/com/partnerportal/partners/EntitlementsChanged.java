package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;

/** A distributor changed its entitlement list: by form, CSV import or API. */
public record EntitlementsChanged(
        DistributorId distributorId, String actor, String how, int created, int updated, int deleted)
        implements AuditableEvent {

    @Override
    public String action() {
        return "entitlements.changed";
    }

    @Override
    public String targetType() {
        return "distributor";
    }

    @Override
    public String targetId() {
        return distributorId.toString();
    }

    @Override
    public String details() {
        return how + ": " + created + " created, " + updated + " updated, " + deleted + " deleted";
    }
}
