package com.partnerportal.partners;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** An API key was created or revoked in a distributor console. */
public record ApiKeyChanged(String actor, DistributorId distributorId, UUID keyId, String name, boolean revoked)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                revoked ? "api-key.revoked" : "api-key.created",
                "api-key",
                keyId.toString(),
                "Key \"" + name + "\" of distributor " + distributorId);
    }
}
