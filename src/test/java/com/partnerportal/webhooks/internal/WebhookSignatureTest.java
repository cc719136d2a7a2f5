package com.partnerportal.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The signature of R12.1 as the Standard Webhooks specification lays it out, checked against its reference library. */
class WebhookSignatureTest {

    private static final Path NODE_CHECK = Path.of("src/test/node/verify-signature.js");

    @Test
    void signsThePublishedTestVector() {
        // The vector of the Standard Webhooks specification and its libraries' tests.
        byte[] secret = WebhookSignature.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceLibraryVerifiesOurSignaturesAndRefusesAlteredOnes() throws Exception {
        byte[] secret = WebhookSignature.newSecret();
        String displayed = WebhookSignature.display(secret);
        String body = "{\"type\":\"deal.changed\",\"version\":1,\"data\":{\"customerName\":\"Émile & Fils <SA>\"}}";
        long now = System.currentTimeMillis() / 1000;
        String header = WebhookSignature.header(List.of(secret), "msg_1", now, body);

        assertThat(nodeVerifies(displayed, "msg_1", now, header, body)).isTrue();
        assertThat(nodeVerifies(displayed, "msg_1", now, header, body + " ")).isFalse();
        assertThat(nodeVerifies(displayed, "msg_2", now, header, body)).isFalse();
        assertThat(nodeVerifies(WebhookSignature.display(WebhookSignature.newSecret()), "msg_1", now, header, body))
                .isFalse();
    }

    @Test
    void duringAnOverlapEitherSecretVerifiesTheHeader() throws Exception {
        byte[] current = WebhookSignature.newSecret();
        byte[] previous = WebhookSignature.newSecret();
        long now = System.currentTimeMillis() / 1000;
        String header = WebhookSignature.header(List.of(current, previous), "msg_9", now, "{}");

        assertThat(header.split(" ")).hasSize(2);
        assertThat(WebhookSignature.verifies(current, header, "msg_9", now, "{}"))
                .isTrue();
        assertThat(WebhookSignature.verifies(previous, header, "msg_9", now, "{}"))
                .isTrue();
        assertThat(nodeVerifies(WebhookSignature.display(previous), "msg_9", now, header, "{}"))
                .isTrue();
        assertThat(WebhookSignature.verifies(WebhookSignature.newSecret(), header, "msg_9", now, "{}"))
                .isFalse();
    }

    @Test
    void secretsAre256RandomBitsShownWithTheirPrefix() {
        byte[] secret = WebhookSignature.newSecret();
        assertThat(secret).hasSize(32);
        assertThat(WebhookSignature.display(secret)).startsWith("whsec_");
        assertThat(WebhookSignature.parse(WebhookSignature.display(secret))).isEqualTo(secret);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    static boolean nodeVerifies(String secret, String id, long timestamp, String header, String body)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder("node", NODE_CHECK.toString(), secret, id, Long.toString(timestamp), header)
                .redirectErrorStream(true)
                .start();
        try (var in = process.getOutputStream()) {
            in.write(body.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() == 0;
    }
}
