package com.partnerportal.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growing delays after repeated failures, counted in PostgreSQL so that every instance sees the
 * same counts (R4.3, R8.4). There is no permanent lockout an attacker could use against a user:
 * the delay is capped, and the count is forgotten after a quiet period.
 */
@Component
public class AttemptThrottle {

    /**
     * @param freeFailures failures allowed before any delay
     * @param firstDelay the delay after the first failure beyond the free ones; it doubles after each
     * @param longestDelay the delay never exceeds this
     * @param forgetAfter a key with no failure for this long starts again from zero
     */
    public record Policy(int freeFailures, Duration firstDelay, Duration longestDelay, Duration forgetAfter) {

        Duration delayAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 30));
            return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
        }
    }

    private final JdbcClient jdbc;

    AttemptThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How long the longest waiting of these keys must still wait, if any must: one query for all. */
    public Optional<Duration> longestWait(String... keys) {
        return jdbc.sql(
                        "SELECT max(blocked_until) FROM attempt_throttle WHERE key IN (:keys) AND blocked_until > now()")
                .param("keys", List.of(keys))
                .query(java.sql.Timestamp.class)
                .optional()
                .map(until -> Duration.between(Instant.now(), until.toInstant()))
                .filter(wait -> !wait.isNegative());
    }

    /** Counts one failure and sets the delay it earns. Committed at once, whatever the caller does next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String key, Policy policy) {
        int failures = jdbc.sql("""
                        INSERT INTO attempt_throttle (key, failures, last_failure_at) VALUES (:key, 1, now())
                        ON CONFLICT (key) DO UPDATE SET
                            failures = CASE WHEN attempt_throttle.last_failure_at < now() - :forget * interval '1 second'
                                            THEN 1 ELSE attempt_throttle.failures + 1 END,
                            last_failure_at = now()
                        RETURNING failures
                        """)
                .param("key", key)
                .param("forget", policy.forgetAfter().toSeconds())
                .query(Integer.class)
                .single();
        Duration delay = policy.delayAfter(failures);
        if (!delay.isZero()) {
            jdbc.sql("UPDATE attempt_throttle SET blocked_until = now() + :millis * interval '1 millisecond'"
                            + " WHERE key = :key")
                    .param("millis", delay.toMillis())
                    .param("key", key)
                    .update();
        }
    }

    /** One statement, so it needs no transaction of its own. */
    public void reset(String key) {
        jdbc.sql("DELETE FROM attempt_throttle WHERE key = :key")
                .param("key", key)
                .update();
    }

    /** Counters nobody has touched for a day are of no use any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldCounters() {
        jdbc.sql("DELETE FROM attempt_throttle WHERE last_failure_at < now() - interval '1 day'")
                .update();
    }
}
