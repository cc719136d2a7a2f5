package com.partnerportal.webhooks.internal;

/** Where a delivery stands: waiting for its next attempt, received (2xx), or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
