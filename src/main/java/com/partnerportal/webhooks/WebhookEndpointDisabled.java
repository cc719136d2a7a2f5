package com.partnerportal.webhooks;

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
    public String actor() {
        return "system";
    }

    @Override
    public String action() {
        return "webhook.disabled";
    }

    @Override
    public String targetType() {
        return "webhook-endpoint";
    }

    @Override
    public String targetId() {
        return endpointId.toString();
    }

    @Override
    public String details() {
        return url + " failed every delivery since " + failingSince;
    }
}
