package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.internal.PasskeyCeremonies;
import com.partnerportal.accounts.internal.Passkeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * Passkeys around the browser (R4.3): single-use challenges on any instance, nobody removes
 * another user's passkey, and bad answers to a ceremony get a 4xx and change nothing. The
 * browser side (register, log in, remove with Chromium's authenticator) is PasskeyBrowserTest.
 */
@PortalTest
class PasskeysTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    @Test
    void aChallengeIsAnsweredOnceEvenByTenRequestsAtTheSameInstant() throws Exception {
        var ceremonies = new PasskeyCeremonies(jdbc);
        var session = new MockHttpSession(null, "race-" + System.nanoTime());
        var asked = new MockHttpServletRequest();
        asked.setSession(session);
        var challenge = Bytes.random();
        ceremonies.authentications().save(asked, new MockHttpServletResponse(), options(challenge));

        var start = new CountDownLatch(1);
        List<Future<PublicKeyCredentialRequestOptions>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                Callable<PublicKeyCredentialRequestOptions> answer = () -> {
                    var request = new MockHttpServletRequest();
                    request.setSession(session);
                    start.await();
                    return ceremonies.authentications().load(request);
                };
                answers.add(pool.submit(answer));
            }
            start.countDown();
        }
        var found = new ArrayList<PublicKeyCredentialRequestOptions>();
        for (var answer : answers) {
            var options = answer.get();
            if (options != null) {
                found.add(options);
            }
        }
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().getChallenge()).isEqualTo(challenge);
        assertThat(found.getFirst().getRpId()).isEqualTo("localhost");
        System.out.println("checked: 10 concurrent answers to one passkey challenge, " + found.size() + " got it");
    }

    @Test
    void anExpiredChallengeCannotBeAnswered() {
        var ceremonies = new PasskeyCeremonies(jdbc);
        var request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "expired-" + System.nanoTime()));
        ceremonies.authentications().save(request, new MockHttpServletResponse(), options(Bytes.random()));
        jdbc.sql("UPDATE passkey_ceremony SET expires_at = now() - interval '1 second' WHERE session_id = :id")
                .param("id", request.getSession().getId())
                .update();

        assertThat(ceremonies.authentications().load(request)).isNull();
    }

    @Test
    void nobodyRemovesAnotherUsersPasskey() throws Exception {
        String owner = testAccounts.partnerUser(testAccounts.company("Passkey Owner Ltd"));
        String other = testAccounts.partnerUser(testAccounts.company("Passkey Other Ltd"));
        String credentialId = storePasskey(owner, "Owner's phone");

        var intruder = new HttpSession(port);
        intruder.logIn(other, TestAccounts.PASSWORD);
        intruder.get("/account/passkeys");
        var removal = intruder.post("/account/passkeys/" + credentialId + "/remove", Map.of());
        assertThat(removal.statusCode()).isEqualTo(404);
        assertThat(intruder.post("/account/passkeys/not%20an%20id/remove", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(intruder.get("/account/passkeys").body()).doesNotContain("Owner&#39;s phone");

        var anonymous = new HttpSession(port);
        assertThat(anonymous.get("/account/passkeys").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(passkeysOf(owner)).isEqualTo(1);

        var ownerSession = new HttpSession(port);
        ownerSession.logIn(owner, TestAccounts.PASSWORD);
        assertThat(ownerSession.get("/account/passkeys").body()).contains("Owner&#39;s phone");
        var removed = ownerSession.post("/account/passkeys/" + credentialId + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(passkeysOf(owner)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'passkey.removed' AND actor = :who")
                        .param("who", owner)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badAnswersToACeremonyAreRefusedWithoutAnError() throws Exception {
        var visitor = new HttpSession(port);
        visitor.get("/login");
        for (String body : List.of(
                "", "{", "null", "[]", "{\"id\":\"x\"}", "{\"id\":\"%%%\",\"rawId\":\"%%%\",\"response\":{}}")) {
            var answer = visitor.postJson("/login/webauthn", body);
            assertThat(answer.statusCode()).as(body).isBetween(400, 499);
        }
        var options = visitor.postJson("/webauthn/authenticate/options", "");
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"challenge\"").contains("\"rpId\":\"localhost\"");
        var forged = visitor.postJson("/login/webauthn", """
                {"id":"AAAA","rawId":"AAAA","credType":"public-key","response":{"authenticatorData":"AAAA",
                "clientDataJSON":"AAAA","signature":"AAAA"},"clientExtensionResults":{}}""");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(visitor.get("/account/passkeys").statusCode()).isEqualTo(302);

        var anonymousRegistration = new HttpSession(port);
        anonymousRegistration.get("/login");
        assertThat(anonymousRegistration
                        .postJson("/webauthn/register/options", "")
                        .statusCode())
                .isIn(302, 401, 403);
        var user = new HttpSession(port);
        user.logIn(testAccounts.partnerUser(testAccounts.company("Passkey Bad Input Ltd")), TestAccounts.PASSWORD);
        user.get("/account/passkeys");
        for (String body :
                List.of("", "{", "{\"publicKey\":{}}", "{\"publicKey\":{\"label\":\"x\",\"credential\":{}}}")) {
            assertThat(user.postJson("/webauthn/register", body).statusCode())
                    .as(body)
                    .isBetween(400, 499);
        }
    }

    @Test
    void labelsAreTidied() {
        assertThat(Passkeys.tidyLabel("  Work\u0000 laptop\n\u202e ")).isEqualTo("Work laptop");
        assertThat(Passkeys.tidyLabel("")).isEqualTo("Passkey");
        assertThat(Passkeys.tidyLabel(null)).isEqualTo("Passkey");
        assertThat(Passkeys.tidyLabel("é".repeat(500))).hasSize(Passkeys.MAXIMUM_LABEL_LENGTH);
        assertThat(Passkeys.tidyLabel("😀".repeat(200)).codePointCount(0, 200)).isEqualTo(100);
    }

    private String storePasskey(String email, String label) {
        String handle = Bytes.random().toBase64UrlString();
        String credentialId = Bytes.random().toBase64UrlString();
        jdbc.sql("INSERT INTO user_entities (id, name, display_name) VALUES (:id, :email, :email)")
                .param("id", handle)
                .param("email", email)
                .update();
        jdbc.sql("""
                        INSERT INTO user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                            uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type,
                            backup_state, created, label)
                        VALUES (:id, :handle, '\\x00'::bytea, 0, true, false, 'internal', 'public-key', false, now(), :label)
                        """)
                .param("id", credentialId)
                .param("handle", handle)
                .param("label", label)
                .update();
        return credentialId;
    }

    private int passkeysOf(String email) {
        return jdbc.sql("""
                        SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                        WHERE e.name = :email""").param("email", email).query(Integer.class).single();
    }

    private static PublicKeyCredentialRequestOptions options(Bytes challenge) {
        return PublicKeyCredentialRequestOptions.builder()
                .challenge(challenge)
                .rpId("localhost")
                .userVerification(UserVerificationRequirement.PREFERRED)
                .allowCredentials(List.of())
                .timeout(Duration.ofMinutes(5))
                .build();
    }
}
