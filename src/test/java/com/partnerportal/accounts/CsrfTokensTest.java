package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * ASVS 3.5.1: a visitor without a session carries the CSRF token in a signed cookie, so opening the
 * login page writes nothing to the database; the token still has to match, and only a cookie the
 * portal signed counts.
 */
@PortalTest
class CsrfTokensTest {

    static final String SESSION = "PORTAL_SESSION";
    static final String TOKEN = "PORTAL_CSRF";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void theLoginPageStartsNoSessionAndTheLoginStartsOneUnderTheSignedToken() throws Exception {
        var visitor = new HttpSession(port);
        assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
        assertThat(visitor.cookie(SESSION)).isEmpty();
        assertThat(visitor.cookie(TOKEN))
                .hasValueSatisfying(value -> assertThat(value).contains("."));

        var login =
                visitor.post("/login", Map.of("email", testAccounts.vendorAdmin(), "password", TestAccounts.PASSWORD));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(visitor.cookie(SESSION)).isPresent();
        assertThat(visitor.cookie(TOKEN))
                .as("the token moves into the new session")
                .isEmpty();
        assertThat(visitor.get("/account/password").statusCode()).isEqualTo(200);
        assertThat(visitor.post("/logout", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/?loggedOut"));
    }

    @Test
    void aTokenCookieThePortalDidNotSignIsNoToken() throws Exception {
        String account = testAccounts.vendorAdmin();
        var visitor = new HttpSession(port);
        visitor.get("/login");
        String signed = visitor.cookie(TOKEN).orElseThrow();
        String token = signed.substring(0, signed.lastIndexOf('.'));
        String signature = signed.substring(signed.lastIndexOf('.') + 1);
        String alteredSignature = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        for (String forged : new String[] {token, token + ".", token + "." + alteredSignature, "." + signature, ""}) {
            var refused = visitor.setCookie(TOKEN, forged)
                    .post("/login", Map.of("email", account, "password", TestAccounts.PASSWORD));
            assertThat(refused.statusCode()).as("cookie %s", forged).isEqualTo(403);
            assertThat(visitor.cookie(SESSION)).isEmpty();
        }

        var anotherVisitor = new HttpSession(port);
        anotherVisitor.get("/login");
        String othersCookie = anotherVisitor.cookie(TOKEN).orElseThrow();
        var withOthersCookie = visitor.setCookie(TOKEN, othersCookie)
                .post("/login", Map.of("email", account, "password", TestAccounts.PASSWORD));
        assertThat(withOthersCookie.statusCode())
                .as("a validly signed cookie for another token")
                .isEqualTo(403);

        var genuine = visitor.setCookie(TOKEN, signed)
                .post("/login", Map.of("email", account, "password", TestAccounts.PASSWORD));
        assertThat(genuine.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }
}
