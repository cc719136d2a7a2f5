package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.StrictPortalTest;
import partnerportal.testing.TestAccounts;

/**
 * ASVS 2.4.1 and R4.3: the reset form cannot flood a mailbox or the outbox. Requests are throttled
 * per address (3 free here and by default) and per client (5 free here), and the answers are the
 * same whether the address has an account or not.
 */
@StrictPortalTest
class PasswordResetThrottlingTest {

    private static final String SENT = "If an account exists for that address";
    private static final String THROTTLED = "Too many attempts.";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void oneMailboxGetsAFewLinksThenTheRequestsWait() throws Exception {
        String user = testAccounts.vendorAdmin();
        var visitor = HttpSession.from(port, "127.0.0.21");
        List<String> answers = askForLinks(visitor, List.of(user, user, user, user, user, user, user, user));

        assertThat(answers).containsExactly(SENT, SENT, SENT, SENT, THROTTLED, THROTTLED, THROTTLED, THROTTLED);
        assertThat(resetEmailsTo(user)).isEqualTo(4);
    }

    @Test
    void theAnswersAreTheSameWhetherTheAddressHasAnAccountOrNot() throws Exception {
        String known = testAccounts.vendorAdmin();
        String unknown = TestAccounts.uniqueEmail("nobody", "sentinelone.example");

        List<String> forKnown =
                askForLinks(HttpSession.from(port, "127.0.0.22"), List.of(known, known, known, known, known));
        List<String> forUnknown =
                askForLinks(HttpSession.from(port, "127.0.0.23"), List.of(unknown, unknown, unknown, unknown, unknown));

        assertThat(forUnknown).isEqualTo(forKnown).contains(SENT, THROTTLED);
        String pageForKnown = firstAnswer(HttpSession.from(port, "127.0.0.24"), testAccounts.vendorAdmin());
        String pageForUnknown =
                firstAnswer(HttpSession.from(port, "127.0.0.24"), TestAccounts.uniqueEmail("nobody", "example.com"));
        assertThat(pageForUnknown).isEqualTo(pageForKnown);
    }

    @Test
    void oneClientIsThrottledWhateverAddressesItTries() throws Exception {
        var visitor = HttpSession.from(port, "127.0.0.25");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            addresses.add(TestAccounts.uniqueEmail("sweep" + i, "sentinelone.example"));
        }
        List<String> answers = askForLinks(visitor, addresses);

        assertThat(answers.subList(0, 6)).containsOnly(SENT);
        assertThat(answers.subList(6, 9)).containsOnly(THROTTLED);
        // Another client is not held up by this one.
        assertThat(askForLinks(HttpSession.from(port, "127.0.0.26"), List.of(addresses.getFirst())))
                .containsExactly(SENT);
    }

    private static List<String> askForLinks(HttpSession visitor, List<String> addresses) throws Exception {
        List<String> answers = new ArrayList<>();
        for (String address : addresses) {
            visitor.get("/account/reset");
            var response = visitor.post("/account/reset", Map.of("email", address));
            assertThat(response.statusCode()).isEqualTo(200);
            String body = response.body();
            answers.add(body.contains(SENT) ? SENT : body.contains(THROTTLED) ? THROTTLED : body);
        }
        return answers;
    }

    /** The page answered to a first request, without the CSRF token that differs on every page. */
    private static String firstAnswer(HttpSession visitor, String address) throws Exception {
        visitor.get("/account/reset");
        return visitor.post("/account/reset", Map.of("email", address))
                .body()
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private int resetEmailsTo(String address) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE recipient = :address AND kind = 'password-reset'")
                .param("address", address)
                .query(Integer.class)
                .single();
    }
}
