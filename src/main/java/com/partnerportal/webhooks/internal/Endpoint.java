package com.partnerportal.webhooks.internal;

import com.partnerportal.partners.DistributorId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A receiver's address and what it hears of (R12.1). Its secrets are not in it: the delivery claim
 * reads them, sealed, only to sign.
 */
public record Endpoint(
        UUID id,
        DistributorId distributor,
        String url,
        String description,
        Set<EventType> events,
        boolean active,
        Instant previousSecretUntil,
        Instant failingSince,
        Instant disabledAt,
        String createdBy,
        Instant createdAt) {

    /** Whether the secret before the last rotation still signs, so the receiver may switch without a gap. */
    public boolean inOverlap(Instant now) {
        return previousSecretUntil != null && previousSecretUntil.isAfter(now);
    }
}
