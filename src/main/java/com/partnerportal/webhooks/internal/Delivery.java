package com.partnerportal.webhooks.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint, and how its sending went (R12.1). Its id is the {@code webhook-id} of
 * every attempt and redelivery, so a receiver can tell a retry from a new event.
 */
public record Delivery(
        UUID id,
        UUID endpointId,
        EventType type,
        String payload,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer responseStatus,
        String responseExcerpt,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    /** The {@code webhook-id} header: stable across attempts. */
    public String messageId() {
        return "msg_" + id.toString().replace("-", "");
    }

    public boolean redeliverable() {
        return status == DeliveryStatus.FAILED;
    }
}
