package com.partnerportal.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partnerportal.partners.Partners;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.ApiCalls;
import partnerportal.testing.Caller;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.WebhookReceiver;
import partnerportal.testing.WebhookReceiver.Answer;
import tools.jackson.databind.json.JsonMapper;

/**
 * R12.1 and R8.2, a fault: the receiver answers 503 while an instance queues events and retries
 * them; that instance is killed with SIGKILL; the receiver comes back and another instance delivers.
 * Every event arrives, with the id it was queued with, signed; none is lost.
 */
class WebhookOutageAcrossCrashTest {

    private static final int EVENTS = 12;

    @Test
    void everyEventArrivesAfterAnOutageAndACrash() throws Exception {
        try (var postgres = EmbeddedPostgresConfiguration.start(null);
                var receiver = new WebhookReceiver()) {
            var down = new AtomicBoolean(true);
            receiver.answer(n -> down.get() ? Answer.of(503) : Answer.of(200));
            int smtpPort = PortalProcess.freePort();

            // Set up with an instance that sends nothing on its own, then stop it.
            String key;
            UUID endpoint;
            String secret;
            try (var setup = PortalProcess.start(postgres, smtpPort, "--portal.webhooks.poll-interval=1h")) {
                var partners = setup.getBean(Partners.class);
                var webhooks = setup.getBean(Webhooks.class);
                var distributor = partners.registerDistributor(
                        "crash-" + UUID.randomUUID().toString().substring(0, 6), "Crash Distribution", null);
                key = partners.createApiKey(partners.distributor(distributor).orElseThrow(), "CRM", "test")
                        .secret();
                var owner = webhooks.distributor(
                        Caller.reviewer("r@crash.example", distributor.value()), distributor.value());
                var created = webhooks.create(
                        owner,
                        new EndpointForm(receiver.url("/crm"), "CRM", List.of(EventType.DEAL_CHANGED), true),
                        "r@crash.example");
                endpoint = created.endpoint().id();
                secret = created.secret();
            }

            int port = PortalProcess.freePort();
            var doomed = PortalProcess.startJvm(postgres, port, smtpPort, "--portal.webhooks.lease=3s");
            List<String> queued = new ArrayList<>();
            try {
                PortalProcess.awaitReady(port);
                var json = JsonMapper.builder().build();
                for (int i = 0; i < EVENTS; i++) {
                    var answer = ApiCalls.call(port, "POST", "/api/v1/webhooks/" + endpoint + "/test", key, null);
                    assertThat(answer.statusCode()).isEqualTo(202);
                    String delivery =
                            (String) json.readValue(answer.body(), Map.class).get("deliveryId");
                    queued.add("msg_" + delivery.replace("-", ""));
                }
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> receiver.received("/crm").size() >= 2 * EVENTS);
                doomed.destroyForcibly().waitFor();
            } finally {
                doomed.destroyForcibly().waitFor();
            }
            int attemptsBeforeCrash = receiver.received("/crm").size();
            down.set(false);

            try (var takeover = PortalProcess.start(postgres, smtpPort, "--portal.webhooks.lease=3s")) {
                var jdbc = takeover.getBean(JdbcClient.class);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> jdbc.sql(
                                                "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = :e AND status = 'DELIVERED'")
                                        .param("e", endpoint)
                                        .query(Long.class)
                                        .single()
                                == EVENTS);
                var after = receiver.received("/crm")
                        .subList(attemptsBeforeCrash, receiver.received("/crm").size());
                Set<String> delivered = new HashSet<>();
                byte[] key32 = WebhookSignature.parse(secret);
                for (var got : after) {
                    assertThat(WebhookSignature.verifies(key32, got.signature(), got.id(), got.timestamp(), got.body()))
                            .isTrue();
                    delivered.add(got.id());
                }
                assertThat(delivered)
                        .as("every event queued before the crash, by its id")
                        .containsExactlyInAnyOrderElementsOf(queued);
                System.out.printf(
                        "Checked: %d events queued on an instance that got 503s (%d attempts) and was killed;"
                                + " the other instance delivered all %d, ids unchanged (%d requests after the crash)%n",
                        EVENTS, attemptsBeforeCrash, delivered.size(), after.size());
            }
        }
    }
}
