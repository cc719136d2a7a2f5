package com.partnerportal.webhooks.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery settings (R12.1).
 *
 * @param allowLocalHttp development only: endpoints may be {@code http://} on this machine's loopback
 *     addresses; off by default, so production accepts only {@code https://} to public addresses
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param readTimeout how long it may take to answer
 * @param firstRetryAfter the wait after the first failed attempt; it doubles at each failure, ±20 %
 * @param longestRetryWait the wait never grows beyond this (nor does a receiver's Retry-After)
 * @param retryFor how long a delivery is retried before it is marked failed: at least a day
 * @param lease how long one instance holds a delivery it claimed: longer than sending it can take
 *     under the timeouts (it starts at once), so another instance retries only those of an instance
 *     that stopped
 * @param batchSize how many due deliveries one claim takes at most
 * @param concurrency how many deliveries one instance sends at once
 * @param secretOverlap after a rotation, how long the previous secret signs too
 * @param disableAfter an endpoint that failed every delivery this long is switched off
 * @param retention delivered and failed deliveries are deleted after this
 * @param pollInterval how often each instance looks for due deliveries (retries, other instances' leftovers)
 */
@Validated
@ConfigurationProperties("portal.webhooks")
public record WebhooksProperties(
        @DefaultValue("false") boolean allowLocalHttp,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration readTimeout,
        @NotNull @DefaultValue("5s") Duration firstRetryAfter,
        @NotNull @DefaultValue("4h") Duration longestRetryWait,
        @NotNull @DefaultValue("26h") Duration retryFor,
        @NotNull @DefaultValue("60s") Duration lease,
        @Min(1) @DefaultValue("16") int batchSize,
        @Min(1) @DefaultValue("32") int concurrency,
        @NotNull @DefaultValue("24h") Duration secretOverlap,
        @NotNull @DefaultValue("5d") Duration disableAfter,
        @NotNull @DefaultValue("30d") Duration retention,
        @NotNull @DefaultValue("5s") Duration pollInterval) {

    /** Exponential backoff with jitter, so that many endpoints coming back at once are not all retried at once. */
    Duration waitAfterFailure(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(doublings, 20));
        if (wait.compareTo(longestRetryWait) > 0) {
            wait = longestRetryWait;
        }
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (wait.toMillis() * jitter)));
    }
}
