package com.partnerportal.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.ApiCalls;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;
import partnerportal.testing.WebhookReceiver;
import tools.jackson.databind.json.JsonMapper;

/** R12.1 through the REST API: a distributor manages its endpoints with its key; another's answer 404; bad bodies change nothing. */
@PortalTest
class WebhookApiTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    WebhookReceiver receiver;
    String myKey;
    String theirKey;

    @BeforeEach
    void keys() throws Exception {
        receiver = new WebhookReceiver();
        DistributorId mine = testAccounts.distributor();
        DistributorId theirs = testAccounts.distributor();
        myKey = partners.createApiKey(partners.distributor(mine).orElseThrow(), "CRM", "test")
                .secret();
        theirKey = partners.createApiKey(partners.distributor(theirs).orElseThrow(), "CRM", "test")
                .secret();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    void aDistributorManagesItsEndpointsThroughTheApi() throws Exception {
        var created = call(
                "POST",
                "/api/v1/webhooks",
                myKey,
                "{\"url\":\"" + receiver.url("/api")
                        + "\",\"description\":\"CRM\",\"events\":[\"deal.changed\",\"partner.associated\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        Map<?, ?> body = json.readValue(created.body(), Map.class);
        assertThat((String) body.get("secret")).startsWith("whsec_");
        String id = (String) ((Map<?, ?>) body.get("endpoint")).get("id");
        assertThat(((Map<?, ?>) body.get("endpoint")).get("events"))
                .isEqualTo(List.of("partner.associated", "deal.changed"));

        assertThat(call("GET", "/api/v1/webhooks", myKey, null).body()).contains(id);
        assertThat(call("GET", "/api/v1/webhooks", theirKey, null).body()).doesNotContain(id);
        for (var other : List.of(
                call("GET", "/api/v1/webhooks/" + id, theirKey, null),
                call(
                        "PUT",
                        "/api/v1/webhooks/" + id,
                        theirKey,
                        "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"deal.changed\"]}"),
                call("POST", "/api/v1/webhooks/" + id + "/test", theirKey, null),
                call("POST", "/api/v1/webhooks/" + id + "/rotate-secret", theirKey, null),
                call("GET", "/api/v1/webhooks/" + id + "/deliveries", theirKey, null),
                call("DELETE", "/api/v1/webhooks/" + id, theirKey, null))) {
            assertThat(other.statusCode()).isEqualTo(404);
            assertThat(other.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }

        assertThat(call("POST", "/api/v1/webhooks/" + id + "/test", myKey, null).statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> receiver.received("/api").size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> call("GET", "/api/v1/webhooks/" + id + "/deliveries?status=DELIVERED", myKey, null)
                        .body()
                        .contains(receiver.received("/api").getFirst().id()));

        var rotated = call("POST", "/api/v1/webhooks/" + id + "/rotate-secret", myKey, null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.body()).contains("whsec_").contains("previousSecretValidUntil");
        var updated = call(
                "PUT",
                "/api/v1/webhooks/" + id,
                myKey,
                "{\"url\":\"" + receiver.url("/api2") + "\",\"events\":[\"level.changed\"],\"active\":false}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"active\":false").contains("level.changed");
        assertThat(call("DELETE", "/api/v1/webhooks/" + id, myKey, null).statusCode())
                .isEqualTo(204);
        assertThat(call("GET", "/api/v1/webhooks/" + id, myKey, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void badBodiesAreRefusedWithAProblemAndNothingIsSaved() throws Exception {
        String url = receiver.url("/bad");
        for (String bad : List.of(
                "{",
                "[]",
                "{\"url\":\"" + url + "\"}",
                "{\"url\":\"" + url + "\",\"events\":[]}",
                "{\"url\":\"" + url + "\",\"events\":[\"no.such\"]}",
                "{\"url\":\"" + url + "\",\"events\":[\"webhook.test\"]}",
                "{\"url\":\"" + url + "\",\"events\":[null]}",
                "{\"url\":\"" + url + "\",\"events\":\"deal.changed\"}",
                "{\"url\":\"http://10.0.0.1/x\",\"events\":[\"deal.changed\"]}",
                "{\"url\":\"https://[::ffff:169.254.169.254]/x\",\"events\":[\"deal.changed\"]}",
                "{\"url\":\"not a url\",\"events\":[\"deal.changed\"]}",
                "{\"url\":null,\"events\":[\"deal.changed\"]}",
                "{\"url\":\"" + url + "\",\"events\":[\"deal.changed\"],\"description\":\"a\\u0000b\"}",
                "{\"url\":\"" + url + "\",\"events\":[\"deal.changed\"],\"active\":\"maybe\"}",
                "{\"url\":\"" + "x".repeat(3000) + "\",\"events\":[\"deal.changed\"]}")) {
            var answer = call("POST", "/api/v1/webhooks", myKey, bad);
            assertThat(answer.statusCode()).as(bad).isBetween(400, 422);
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as(bad)
                    .contains("problem+json");
        }
        assertThat(call("GET", "/api/v1/webhooks", myKey, null).body()).isEqualTo("[]");
        assertThat(call("GET", "/api/v1/webhooks/not-a-uuid", myKey, null).statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/webhooks", null, null).statusCode()).isEqualTo(401);
    }

    private java.net.http.HttpResponse<String> call(String method, String path, String key, String body)
            throws Exception {
        return ApiCalls.call(port, method, path, key, body);
    }
}
