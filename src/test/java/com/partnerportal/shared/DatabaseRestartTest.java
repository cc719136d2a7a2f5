package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
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
 * R8.4, a fault: PostgreSQL restarts while users work. The application must recover by itself
 * within 10 seconds of the database being back, and the users' sessions (kept in PostgreSQL) must
 * still be there.
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
            Thread.sleep(3000);
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
                    "Checked: PostgreSQL down 3 s; requests that failed meanwhile: %d; first success %.1f s after it"
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
