package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * With no trusted proxy configured (the default), a client that sends {@code X-Forwarded-*}
 * headers changes nothing: not its throttle key, not the address the audit records, not who may
 * read the metrics, not the host redirects go to.
 */
@PortalTest
class ForwardedHeadersTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void forwardedHeadersFromAnUntrustedConnectionChangeNothing() throws Exception {
        var visitor = new HttpSession(port)
                .withHeader("X-Forwarded-For", "203.0.113.77")
                .withHeader("X-Forwarded-Host", "attacker.example")
                .withHeader("X-Forwarded-Proto", "https");
        String user = testAccounts.vendorAdmin();

        assertThat(visitor.logIn(user, "not the password")).doesNotContain("attacker.example");
        assertThat(ForwardedHeaders.throttleKeys(jdbc, "203.0.113.77")).isZero();

        assertThat(visitor.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(ForwardedHeaders.lastLoginAddress(jdbc, user)).isEqualTo("127.0.0.1");

        var redirect = new HttpSession(port)
                .withHeader("X-Forwarded-Host", "attacker.example")
                .get("/admin/users");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).isEqualTo("/login");

        assertThat(visitor.getBytes("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    /** What the tests of forwarded headers read back. */
    static final class ForwardedHeaders {

        private ForwardedHeaders() {}

        static int throttleKeys(JdbcClient jdbc, String address) {
            return jdbc.sql("SELECT count(*) FROM attempt_throttle WHERE key LIKE :key")
                    .param("key", "%:client:" + address)
                    .query(Integer.class)
                    .single();
        }

        static String lastLoginAddress(JdbcClient jdbc, String email) {
            return jdbc.sql("SELECT l.remote_addr FROM account_login l JOIN account a ON a.id = l.account_id"
                            + " WHERE a.email = :email AND l.succeeded ORDER BY l.occurred_at DESC LIMIT 1")
                    .param("email", email)
                    .query(String.class)
                    .single();
        }
    }
}
