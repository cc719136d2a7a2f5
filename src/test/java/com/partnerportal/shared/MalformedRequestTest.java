package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RawHttp;

/** R8.3: whatever a visitor types into the address bar or a form gets a clear 4xx page, never a 500. */
@PortalTest
class MalformedRequestTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiterString = " | ",
            value = {
                "GET | /%zz | not valid",
                "GET | /%2e%2e/%2e%2e/etc/passwd | not valid",
                "GET | /..;/admin/emails | not valid",
                "GET | /a%00b | not valid",
                "GET | /%c0%ae%c0%ae/ | not valid",
                "GET | /login?error=%ff | not valid",
                "GET | /?lang=%ff%fe | not valid",
                "GET | /error | Page not found",
                "GET | /webjars/../application.properties | not valid",
                "GET | /account/activate?token=%3Cscript%3E | This link cannot be used",
                "GET | /account/reset/confirm?token= | This link cannot be used",
                "GET | /?lang=%3Cscript%3Ealert(1)%3C/script%3E | Already a member?",
                "GET | /login?continue=%22%3E%3Cscript%3E | Log in",
                "GET | /register/no-such-distributor | Page not found",
                "GET | /register/%3Cscript%3E | Page not found",
                "GET | /register/no-such-distributor/company | Page not found",
                "POST | /register/no-such-distributor | Access denied",
                "POST | /account/reset | Access denied",
                "POST | / | Access denied",
                "DELETE | /login | Access denied",
            })
    void answersWithAClearPage(String method, String target, String expectedText) throws Exception {
        var response = RawHttp.send(port, method, target, null, method.equals("GET") ? null : "email=x");
        assertThat(response.status()).as(method + " " + target).isBetween(200, 499);
        assertThat(response.body())
                .as(method + " " + target)
                .contains(expectedText)
                .doesNotContain("Exception", "at com.", "<script>alert", "Whitelabel", "Apache Tomcat");
    }

    @org.junit.jupiter.api.Test
    void anUnknownPageSendsAnonymousVisitorsToLogIn() throws Exception {
        var response = RawHttp.send(port, "GET", "/no/such/page.php", null, null);
        assertThat(response.status()).isEqualTo(302);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " | ",
            value = {
                "email=%ff%fe&_csrf=x",
                "email=" + "a",
            })
    void unreadableOrForgedFormPostsChangeNothing(String body) throws Exception {
        var response = RawHttp.send(
                port, "POST", "/account/reset", "Content-Type: application/x-www-form-urlencoded\r\n", body);
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
