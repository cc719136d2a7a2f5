package com.partnerportal.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the queued webhooks (R12.1, R8.2): at once after the commit that queued them, and by a
 * poll that picks up what is due (retries, deliveries left by an instance that stopped). Deliveries
 * are claimed with a lease, so instances never send the same one at the same time; a receiver that
 * answered but whose answer was not recorded (the instance died) gets it again after the lease, with
 * the same {@code webhook-id}: at least once.
 */
@Component
class WebhookDispatcher {

    /** Published in the transaction that queued deliveries, so that sending starts right after its commit. */
    record Queued() {}

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryStore deliveries;
    private final EndpointStore endpoints;
    private final WebhookSender sender;
    private final WebhooksProperties properties;
    private final Executor executor;
    private final AtomicBoolean running = new AtomicBoolean();

    WebhookDispatcher(
            DeliveryStore deliveries,
            EndpointStore endpoints,
            WebhookSender sender,
            WebhooksProperties properties,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
        this.executor = executor;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(Queued queued) {
        executor.execute(this::deliverDue);
    }

    @Scheduled(
            fixedDelayString = "${portal.webhooks.poll-interval:5s}",
            initialDelayString = "${portal.webhooks.poll-interval:5s}")
    void poll() {
        deliverDue();
    }

    /** Sends every due delivery, batch after batch; one run at a time in this instance. */
    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            var batch = deliveries.claimDue(properties.batchSize(), properties.lease());
            while (!batch.isEmpty()) {
                batch.forEach(this::deliver);
                batch = deliveries.claimDue(properties.batchSize(), properties.lease());
            }
        } catch (RuntimeException e) {
            log.warn("Webhook delivery stopped early: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void deliver(Delivery delivery) {
        var endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty() || !endpoint.get().active()) {
            deliveries.markAttemptFailed(
                    delivery.id(), null, null, "The endpoint is switched off", Instant.now(), true);
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(
                endpoints.signingSecrets(delivery.endpointId()), delivery.messageId(), timestamp, delivery.payload());
        var outcome = sender.send(endpoint.get().url(), delivery.messageId(), timestamp, signature, delivery.payload());
        if (outcome.delivered()) {
            deliveries.markDelivered(delivery.id(), outcome.status(), outcome.excerpt());
            endpoints.recordSuccess(delivery.endpointId());
            log.info(
                    "Webhook {} ({}) delivered at attempt {}",
                    delivery.messageId(),
                    delivery.type().wireName(),
                    delivery.attempts());
            return;
        }
        Duration wait = properties.waitAfterFailure(delivery.attempts());
        if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(wait) > 0) {
            wait = outcome.retryAfter().compareTo(properties.longestRetryWait()) > 0
                    ? properties.longestRetryWait()
                    : outcome.retryAfter();
        }
        Instant next = Instant.now().plus(wait);
        boolean giveUp =
                !outcome.retryable() || next.isAfter(delivery.createdAt().plus(properties.retryFor()));
        String error = outcome.error() != null ? outcome.error() : "HTTP " + outcome.status();
        deliveries.markAttemptFailed(delivery.id(), outcome.status(), outcome.excerpt(), error, next, giveUp);
        endpoints.recordFailure(delivery.endpointId());
        log.warn(
                "Webhook {} ({}) attempt {} failed{}: {}",
                delivery.messageId(),
                delivery.type().wireName(),
                delivery.attempts(),
                giveUp ? ", giving up" : ", will retry",
                error);
    }
}
