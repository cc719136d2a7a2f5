package com.partnerportal.shared;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * R8.4: the readiness probe's view of PostgreSQL, answered within a second whatever the database
 * does, so that a load balancer takes an instance out at once during an outage (the pool itself may
 * wait longer for a connection than a probe should). Its bean name makes it the {@code db} contributor
 * in place of Spring Boot's.
 */
@Component("dbHealthIndicator")
class DatabaseReadiness implements HealthIndicator {

    static final Duration BUDGET = Duration.ofSeconds(1);

    private final DataSource dataSource;

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        var check = new FutureTask<>(() -> {
            try (var connection = dataSource.getConnection()) {
                return connection.isValid((int) BUDGET.toSeconds());
            }
        });
        // A thread of its own, not waited for: a check stuck on a dead database ends with the pool's timeout.
        Thread.ofVirtual().name("database-readiness").start(check);
        try {
            return check.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down().withDetail("reason", "connection not valid").build();
        } catch (TimeoutException slow) {
            check.cancel(true);
            return Health.down()
                    .withDetail("reason", "no answer within " + BUDGET.toMillis() + " ms")
                    .build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause()).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }
}
