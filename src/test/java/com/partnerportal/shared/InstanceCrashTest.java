package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.Partners;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * R8.4, a fault: one of two instances — a separate JVM — is killed (SIGKILL) while a user opens
 * support requests through both. The user's session carries on on the other instance, and no
 * request is left half applied: every support request stored has its first message.
 */
class InstanceCrashTest {

    @Test
    void killingAnInstanceLosesNoSessionAndLeavesNothingHalfDone() throws Exception {
        try (var postgres = EmbeddedPostgresConfiguration.start(null)) {
            var survivor = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
            int portB = PortalProcess.port(survivor);
            int portA = PortalProcess.freePort();
            var first = PortalProcess.startJvm(postgres, portA, 2525);
            try {
                PortalProcess.awaitReady(portA);
                var jdbc = survivor.getBean(JdbcClient.class);
                String email = "crash.user@crash-test.example";
                var company = survivor.getBean(Partners.class)
                        .registerCompany("Crash Test", "FR", Set.of("crash-test.example"));
                survivor.getBean(Accounts.class)
                        .openWithPassword(
                                NewAccount.partnerUser(email, "Cara", "Crash", company.value(), Locale.ENGLISH),
                                PASSWORD);

                var user = new HttpSession(portA);
                assertThat(user.logIn(email, PASSWORD)).endsWith("/");
                var opened = new AtomicInteger();
                var failedOnDeadInstance = new AtomicInteger();
                // Meanwhile four more tabs post to A as fast as they can, so that the kill lands mid-request.
                var burst = new java.util.ArrayList<Thread>();
                for (int t = 0; t < 4; t++) {
                    var tab = new HttpSession(portB);
                    tab.logIn(email, PASSWORD);
                    tab.movedTo(portA);
                    burst.add(Thread.ofVirtual().start(() -> {
                        for (int n = 0; ; n++) {
                            try {
                                tab.get("/support/new");
                                if (tab.post(
                                                        "/support/new",
                                                        Map.of(
                                                                "category",
                                                                "OTHER",
                                                                "subject",
                                                                "Burst " + n,
                                                                "description",
                                                                "In flight"))
                                                .statusCode()
                                        == 302) {
                                    opened.incrementAndGet();
                                }
                            } catch (Exception deadInstance) {
                                return;
                            }
                        }
                    }));
                }
                for (int i = 0; i < 40; i++) {
                    int port = i % 2 == 0 ? portA : portB;
                    if (i == 20) {
                        first.destroyForcibly().waitFor();
                        for (var tab : burst) {
                            tab.join();
                        }
                    }
                    try {
                        user.movedTo(port).get("/support/new");
                        int status = user.post(
                                        "/support/new",
                                        Map.of(
                                                "category",
                                                "OTHER",
                                                "subject",
                                                "Crash " + i,
                                                "description",
                                                "Load " + i))
                                .statusCode();
                        if (status == 302) {
                            opened.incrementAndGet();
                        }
                    } catch (java.io.IOException deadInstance) {
                        failedOnDeadInstance.incrementAndGet();
                    }
                }
                long requests = jdbc.sql("SELECT count(*) FROM support_request WHERE requester_email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single();
                long withoutMessage = jdbc.sql("SELECT count(*) FROM support_request r WHERE requester_email = :e"
                                + " AND NOT EXISTS (SELECT 1 FROM support_message m WHERE m.request_id = r.id)")
                        .param("e", email)
                        .query(Long.class)
                        .single();
                System.out.printf(
                        "Checked: instance A killed during a burst of 4 tabs and after 20 of 40 paced requests; %d requests"
                                + " answered as opened, %d refused by the dead instance, %d stored, %d without their"
                                + " first message; the session carried on on B%n",
                        opened.get(), failedOnDeadInstance.get(), requests, withoutMessage);
                assertThat(opened.get()).isGreaterThanOrEqualTo(30);
                // A request A committed just before dying may have lost its answer: stored ≥ answered.
                assertThat(requests).isBetween((long) opened.get(), (long) opened.get() + 4);
                assertThat(withoutMessage).isZero();
                assertThat(user.movedTo(portB).get("/support").body()).contains("Crash 39");
            } finally {
                first.destroyForcibly().waitFor();
                survivor.close();
            }
        }
    }

    private static final String PASSWORD = "violet kettle harbour 2026";
}
