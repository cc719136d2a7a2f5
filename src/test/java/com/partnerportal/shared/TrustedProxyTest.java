package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.shared.ForwardedHeadersTest.ForwardedHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.StrictPortalTest;
import partnerportal.testing.TestAccounts;

/**
 * With {@code portal.trusted-proxies=127.0.0.1/32}, as {@code ops/cluster.sh} sets for its nginx,
 * the client's own address is used behind the proxy: for throttling, in the audit, and for the
 * metrics (which the proxy alone does not open to everyone behind it). Other connections are
 * still not believed.
 */
@StrictPortalTest
class TrustedProxyTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void behindTheTrustedProxyTheClientsOwnAddressCounts() throws Exception {
        String user = testAccounts.vendorAdmin();
        var behindProxy = new HttpSession(port).withHeader("X-Forwarded-For", "198.51.100.23");

        behindProxy.logIn(user, "not the password");
        assertThat(ForwardedHeaders.throttleKeys(jdbc, "198.51.100.23")).isOne();
        assertThat(behindProxy.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(ForwardedHeaders.lastLoginAddress(jdbc, user)).isEqualTo("198.51.100.23");

        assertThat(behindProxy.getBytes("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(new HttpSession(port).getBytes("/actuator/prometheus").statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyTheHopsAddedByTrustedProxiesAreBelieved() throws Exception {
        String user = testAccounts.vendorAdmin();
        // The client wrote the left-most entry itself; the proxy appended the address it saw.
        var spoofing = new HttpSession(port).withHeader("X-Forwarded-For", "192.0.2.66, 198.51.100.24");
        assertThat(spoofing.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(ForwardedHeaders.lastLoginAddress(jdbc, user)).isEqualTo("198.51.100.24");

        var notAProxy = HttpSession.from(port, "127.0.0.31").withHeader("X-Forwarded-For", "198.51.100.25");
        assertThat(notAProxy.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(ForwardedHeaders.lastLoginAddress(jdbc, user)).isEqualTo("127.0.0.31");

        var garbled = new HttpSession(port).withHeader("X-Forwarded-For", "unknown, example.com");
        assertThat(garbled.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(ForwardedHeaders.lastLoginAddress(jdbc, user)).isEqualTo("127.0.0.1");
    }
}
