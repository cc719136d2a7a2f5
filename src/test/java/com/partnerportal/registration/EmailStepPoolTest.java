package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * A request must never hold a pooled connection while waiting for another: with a pool of two
 * connections, many applicants at once all get their answer, and quickly.
 */
class EmailStepPoolTest {

    @Test
    void manyConcurrentEmailStepsDoNotExhaustASmallPool() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(null);
                var portal = PortalProcess.start(
                        postgres,
                        2525,
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--spring.datasource.hikari.connection-timeout=3000",
                        "--portal.registration.free-attempts-per-client=100000")) {
            portal.getBean(Partners.class).registerDistributor("pool", "Pool Distribution", null);
            int port = PortalProcess.port(portal);
            List<HttpSession> applicants = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                var applicant = new HttpSession(port);
                applicant.get("/register/pool");
                applicants.add(applicant);
            }
            var start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(12)) {
                for (int i = 0; i < applicants.size(); i++) {
                    var applicant = applicants.get(i);
                    String email = i % 2 == 0 ? "someone" + i + "@gmail.com" : "someone" + i + "@pool-test.com";
                    answers.add(pool.submit(() -> {
                        start.await();
                        return applicant
                                .post("/register/pool", Map.of("email", email))
                                .statusCode();
                    }));
                }
                start.countDown();
                for (var answer : answers) {
                    assertThat(answer.get(20, TimeUnit.SECONDS)).isIn(200, 302);
                }
            }
        }
    }
}
