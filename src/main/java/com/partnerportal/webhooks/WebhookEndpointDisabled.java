package com.partnerportal.webhooks;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An endpoint that failed every delivery for days was switched off (R12.1); whoever added it is
 * emailed, with the page to switch it back on.
 */
public record WebhookEndpointDisabled(UUID endpointId, String url, String owner, String pagePath, Instant failingSince)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                "system",
                "webhook.disabled",
                "webhook-endpoint",
                endpointId.toString(),
                url + " failed every delivery since " + failingSince);
    }
}
