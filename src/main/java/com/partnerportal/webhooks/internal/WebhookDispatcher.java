package com.partnerportal.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
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
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean moreDue = new AtomicBoolean();
    /** The last claim took all it asked for: more may be due, so each delivery that ends claims again. */
    private final AtomicBoolean backlog = new AtomicBoolean();

    private final Semaphore inFlight;

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
        this.inFlight = new Semaphore(properties.concurrency());
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

    /**
     * Claims due deliveries while fewer than {@code portal.webhooks.concurrency} are in flight and
     * sends each on a thread of its own, so that a receiver that takes its 10 s holds up only its own
     * deliveries; each that ends looks for more. One thread claims at a time in this instance; a call
     * while it does makes it look again before it stops, so no wake-up is lost.
     */
    void deliverDue() {
        moreDue.set(true);
        while (moreDue.get() && claiming.compareAndSet(false, true)) {
            try {
                moreDue.set(false);
                claimAndSend();
            } catch (RuntimeException e) {
                log.warn("Webhook delivery stopped early: {}", e.toString());
            } finally {
                claiming.set(false);
            }
        }
    }

    private void claimAndSend() {
        int wanted;
        while ((wanted = Math.min(inFlight.availablePermits(), properties.batchSize())) > 0) {
            var batch = deliveries.claimDue(wanted, properties.lease());
            backlog.set(batch.size() == wanted);
            for (var claimed : batch) {
                inFlight.acquireUninterruptibly();
                executor.execute(() -> {
                    try {
                        deliver(claimed);
                    } catch (RuntimeException e) {
                        // Its lease runs out and another attempt is made: at least once (R8.2).
                        log.warn(
                                "Webhook {} not recorded: {}",
                                claimed.delivery().messageId(),
                                e.toString());
                    } finally {
                        inFlight.release();
                        if (backlog.get()) {
                            deliverDue();
                        }
                    }
                });
            }
            if (batch.size() < wanted) {
                return;
            }
        }
    }

    private void deliver(DeliveryStore.Claimed claimed) {
        var delivery = claimed.delivery();
        if (!claimed.active()) {
            deliveries.markAttemptFailed(
                    delivery.id(), null, null, "The endpoint is switched off", Instant.now(), true);
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String signature =
                WebhookSignature.header(claimed.secrets(), delivery.messageId(), timestamp, delivery.payload());
        var outcome = sender.send(claimed.url(), delivery.messageId(), timestamp, signature, delivery.payload());
        if (outcome.delivered()) {
            deliveries.markDelivered(delivery.id(), outcome.status(), outcome.excerpt());
            if (claimed.failing()) {
                endpoints.recordSuccess(delivery.endpointId());
            }
            log.debug(
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
        if (!claimed.failing()) {
            endpoints.recordFailure(delivery.endpointId());
        }
        log.warn(
                "Webhook {} ({}) attempt {} failed{}: {}",
                delivery.messageId(),
                delivery.type().wireName(),
                delivery.attempts(),
                giveUp ? ", giving up" : ", will retry",
                error);
    }
}
