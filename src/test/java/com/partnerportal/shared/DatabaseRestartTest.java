package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * R8.4, a fault: PostgreSQL stops while users work. While it is down, the readiness probe says
 * so within 2 seconds and pages answer 503 with a Retry-After within 3 seconds, instead of
 * hanging; once it is back, the application recovers by itself within 10 seconds, and the users'
 * sessions (kept in PostgreSQL) are still there.
 */
class DatabaseRestartTest {

    @Test
    void theApplicationRecoversOnItsOwnWhenPostgresComesBack() throws Exception {
        Path data = Files.createTempDirectory("portal-restart-pg");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var postgres = start(data, port);
        var portal = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
        try {
            String email = "restart.admin@sentinelone.example";
            portal.getBean(Accounts.class)
                    .openWithPassword(
                            NewAccount.vendorAdmin(email, "Rae", "Start", Locale.ENGLISH),
                            "violet kettle harbour 2026");
            var user = new HttpSession(PortalProcess.port(portal));
            user.logIn(email, "violet kettle harbour 2026");
            assertThat(user.get("/admin/audit").statusCode()).isEqualTo(200);

            // A user keeps working while the database goes away and comes back.
            var running = new AtomicBoolean(true);
            var failures = new AtomicInteger();
            var lastOk = new AtomicLong();
            var load = Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    try {
                        int status = user.get("/admin/audit").statusCode();
                        if (status == 200) {
                            lastOk.set(System.nanoTime());
                        } else {
                            failures.incrementAndGet();
                        }
                        Thread.sleep(50);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            Thread.sleep(500);
            postgres.close();
            long down = System.nanoTime();

            // Fail fast and truthfully: the probe says so within 2 s, a page answers 503 within 3 s.
            var probe = HttpClient.newHttpClient();
            long asked = System.nanoTime();
            var readiness = probe.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + PortalProcess.port(portal) + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long readinessTook = System.nanoTime() - asked;
            asked = System.nanoTime();
            var page = user.get("/admin/audit");
            long pageTook = System.nanoTime() - asked;
            System.out.printf(
                    "Checked: database down: readiness %d in %d ms, a page %d in %d ms%n",
                    readiness.statusCode(), readinessTook / 1_000_000, page.statusCode(), pageTook / 1_000_000);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readinessTook).as("readiness within 2 s").isLessThan(2_000_000_000L);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.body())
                    .contains("The portal is briefly unavailable")
                    .contains("Nothing you sent was lost");
            assertThat(pageTook).as("a page within 3 s").isLessThan(3_000_000_000L);
            assertThat(page.body()).doesNotContain("Exception");

            // Once one request found the database gone, one goes on trying it and the others answer at once.
            var quick = new java.util.concurrent.atomic.AtomicInteger();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
                var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
                for (int i = 0; i < 6; i++) {
                    answers.add(pool.submit(() -> {
                        long began = System.nanoTime();
                        int status = user.get("/admin/audit").statusCode();
                        if (System.nanoTime() - began < 1_000_000_000L) {
                            quick.incrementAndGet();
                        }
                        return status;
                    }));
                }
                for (var answer : answers) {
                    assertThat(answer.get()).isEqualTo(503);
                }
            }
            assertThat(quick.get())
                    .as("answered at once, not after the pool's timeout")
                    .isGreaterThanOrEqualTo(5);

            Thread.sleep(Math.max(0, 4000 - (System.nanoTime() - down) / 1_000_000));
            postgres = start(data, port);
            long back = System.nanoTime();
            long recovered = -1;
            while (System.nanoTime() - back < 20_000_000_000L) {
                if (lastOk.get() > back) {
                    recovered = lastOk.get() - back;
                    break;
                }
                Thread.sleep(50);
            }
            running.set(false);
            load.join();
            System.out.printf(
                    "Checked: PostgreSQL down 4 s; requests that failed meanwhile: %d; first success %.1f s after it"
                            + " was back; the session survived%n",
                    failures.get(), recovered / 1e9);
            assertThat(recovered).as("recovered within 10 s").isBetween(0L, 10_000_000_000L);
            assertThat(user.get("/admin/audit").statusCode())
                    .as("same session, same user")
                    .isEqualTo(200);
            assertThat(portal.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("SELECT 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            portal.close();
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }
}
