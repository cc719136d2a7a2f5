package com.partnerportal.webhooks;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/**
 * An endpoint was added, changed, had its secret rotated, was removed, or was asked to redeliver
 * (R12.1, R3.9); never carries a secret.
 *
 * @param change the dotted verb's last part: {@code created}, {@code updated}, {@code secret-rotated}…
 */
public record WebhookEndpointChanged(String actor, UUID endpointId, String change, String details)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "webhook." + change, "webhook-endpoint", endpointId.toString(), details);
    }
}
