package com.partnerportal.webhooks.internal;

import com.partnerportal.webhooks.WebhookEndpointDisabled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hourly upkeep (R12.1), safe on every instance at once: an endpoint failing for days is switched
 * off by one conditional update (only the instance that changed the row tells its owner), and the log
 * keeps {@code portal.webhooks.retention} of history.
 */
@Component
public class WebhookJobs {

    private static final Logger log = LoggerFactory.getLogger(WebhookJobs.class);

    private final EndpointStore endpoints;
    private final DeliveryStore deliveries;
    private final WebhooksProperties properties;
    private final ApplicationEventPublisher events;

    WebhookJobs(
            EndpointStore endpoints,
            DeliveryStore deliveries,
            WebhooksProperties properties,
            ApplicationEventPublisher events) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.properties = properties;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${portal.webhooks.upkeep-interval:1h}", initialDelayString = "1m")
    @Transactional
    public void upkeep() {
        for (var disabled : endpoints.disableFailingFor(properties.disableAfter())) {
            events.publishEvent(new WebhookEndpointDisabled(
                    disabled.id(),
                    disabled.url(),
                    disabled.createdBy(),
                    new Owner(disabled.distributor(), null).pagePath() + "/" + disabled.id(),
                    disabled.failingSince()));
            log.warn("Webhook endpoint {} switched off: failing since {}", disabled.id(), disabled.failingSince());
        }
        int deleted = deliveries.deleteOlderThan(properties.retention());
        if (deleted > 0) {
            log.info("Webhook log: {} deliveries older than {} deleted", deleted, properties.retention());
        }
    }
}
