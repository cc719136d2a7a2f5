package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R4.3: brute force is slowed down, answers do not reveal accounts, hashes are Argon2id at OWASP parameters. */
@PortalTest
// MockMvc's csrf() swaps the application's CSRF token repository for a session-only one, for good:
// the application is not handed on to other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoginSecurityTest {

    static final String OWASP_ARGON2 = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyWrongPasswordsAreThrottledAndTheRightOneStillWorksFromElsewhereAfterTheDelay() throws Exception {
        String victim = testAccounts.vendorAdmin();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outcomes.add(logIn(victim, "wrong guess number " + i, "203.0.113.7")
                    .getResponse()
                    .getRedirectedUrl());
        }
        long checked = outcomes.stream().filter("/login?error"::equals).count();
        long refused = outcomes.stream()
                .filter(url -> url.startsWith("/login?throttled="))
                .count();
        System.out.printf(
                "Checked: of 50 wrong passwords, %d were checked and %d refused unchecked%n", checked, refused);
        assertThat(checked)
                .as("only the free failures and one per delay are checked")
                .isBetween(5L, 12L);
        assertThat(refused).isEqualTo(50 - checked);

        // Right away, even the right password from another address waits: the account is being attacked.
        assertThat(logIn(victim, TestAccounts.PASSWORD, "198.51.100.9")
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/login?throttled=");
        Thread.sleep(1_700); // longest delay in tests: 1.5 s
        assertThat(logIn(victim, TestAccounts.PASSWORD, "198.51.100.9")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void unknownAndKnownAddressesGetTheSameAnswers() throws Exception {
        String known = testAccounts.vendorAdmin();
        String unknown = TestAccounts.uniqueEmail("nobody", "sentinelone.example");
        List<String> forKnown = new ArrayList<>();
        List<String> forUnknown = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forKnown.add(answer(logIn(known, "not the password " + i, "192.0.2.10")));
            forUnknown.add(answer(logIn(unknown, "not the password " + i, "192.0.2.11")));
        }
        assertThat(forUnknown).isEqualTo(forKnown);
        assertThat(forKnown).contains("302 /login?error", "302 /login?throttled");
    }

    @Test
    void passwordsAreHashedWithArgon2idAtOwaspParametersAndOldHashesUpgradedAtLogin() throws Exception {
        String user = testAccounts.vendorAdmin();
        assertThat(hashOf(user)).startsWith(OWASP_ARGON2);

        var weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 1);
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE email = :email")
                .param("hash", "{argon2}" + weaker.encode(TestAccounts.PASSWORD))
                .param("email", user)
                .update();
        assertThat(hashOf(user)).contains("m=4096,t=1");

        assertThat(logIn(user, TestAccounts.PASSWORD, "192.0.2.20")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(hashOf(user)).startsWith(OWASP_ARGON2);
    }

    private MvcResult logIn(String email, String password, String clientAddress) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(clientAddress);
                            return request;
                        })
                        .param("email", email)
                        .param("password", password))
                .andReturn();
    }

    private static String answer(MvcResult result) {
        String location =
                String.valueOf(result.getResponse().getRedirectedUrl()).replaceAll("=\\d+$", "");
        return result.getResponse().getStatus() + " " + location;
    }

    private String hashOf(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
    }
}
