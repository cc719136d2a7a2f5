package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * What a visitor without a session carries (R8.4, ASVS 3.5): where to return after logging in,
 * in a signed cookie rather than a session row; the CSRF token, accepted from the form body or a
 * header but never from the query string.
 */
@PortalTest
class VisitorStateTest {

    private static final List<String> PROTECTED =
            List.of("/university", "/admin/users", "/review", "/account/passkeys", "/support", "/distributor");

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void anonymousRequestsToProtectedPagesWriteNoSessionRow() throws Exception {
        int before = sessionRows();
        for (int i = 0; i < 50; i++) {
            var visitor = new HttpSession(port);
            var response = visitor.get(PROTECTED.get(i % PROTECTED.size()) + "?visit=" + i);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        System.out.println(
                "Checked: 50 anonymous requests to protected pages, session rows " + before + " → " + sessionRows());
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void afterLoggingInTheVisitorIsBackOnThePageTheyAskedFor() throws Exception {
        String user = testAccounts.partnerUser(testAccounts.company("Returning Visitors"));
        var visitor = new HttpSession(port);
        visitor.get("/university/transcript?from=email");
        assertThat(visitor.logIn(user, TestAccounts.PASSWORD)).isEqualTo("/university/transcript?from=email");
        var back = visitor.get("/university/transcript?from=email");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("PORTAL_CONTINUE=;"));

        var next = new HttpSession(port);
        assertThat(next.logIn(user, TestAccounts.PASSWORD))
                .as("nothing asked for: home")
                .isEqualTo("/");
    }

    @Test
    void aForgedReturnAddressIsIgnored() throws Exception {
        String user = testAccounts.partnerUser(testAccounts.company("Forged Returns"));
        for (String target : List.of("//evil.example/login", "https://evil.example/", "/\\evil.example")) {
            var visitor = new HttpSession(port);
            String unsigned =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(target.getBytes(StandardCharsets.UTF_8));
            visitor.setCookie("PORTAL_CONTINUE", unsigned + ".bm90LWEtc2lnbmF0dXJl");
            assertThat(visitor.logIn(user, TestAccounts.PASSWORD)).as(target).isEqualTo("/");
        }
    }

    @Test
    void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
        var visitor = new HttpSession(port);
        visitor.get("/account/reset");
        String token = visitor.csrfToken();
        for (String name : List.of("_csrf", "%5Fcsrf", "%5fcsrf")) {
            var refused = visitor.post(
                    "/account/reset?" + name + "=" + token, Map.of("email", "someone@example.com", "_csrf", ""));
            assertThat(refused.statusCode()).as(name).isEqualTo(403);
        }
        var accepted = visitor.post("/account/reset", Map.of("email", "someone@example.com"));
        assertThat(accepted.statusCode()).isEqualTo(200);
    }

    private int sessionRows() {
        return jdbc.sql("SELECT count(*) FROM spring_session")
                .query(Integer.class)
                .single();
    }
}
