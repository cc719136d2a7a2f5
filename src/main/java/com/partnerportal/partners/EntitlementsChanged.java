package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/** A distributor changed its entitlement list: by form, CSV import or API. */
public record EntitlementsChanged(
        DistributorId distributorId, String actor, String how, int created, int updated, int deleted)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                "entitlements.changed",
                "distributor",
                distributorId.toString(),
                how + ": " + created + " created, " + updated + " updated, " + deleted + " deleted");
    }
}
