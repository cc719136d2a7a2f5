package com.partnerportal.partners;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** An API key was created or revoked in a distributor console. */
public record ApiKeyChanged(String actor, DistributorId distributorId, UUID keyId, String name, boolean revoked)
        implements AuditableEvent {

    @Override
    public String action() {
        return revoked ? "api-key.revoked" : "api-key.created";
    }

    @Override
    public String targetType() {
        return "api-key";
    }

    @Override
    public String targetId() {
        return keyId.toString();
    }

    @Override
    public String details() {
        return "Key \"" + name + "\" of distributor " + distributorId;
    }
}
