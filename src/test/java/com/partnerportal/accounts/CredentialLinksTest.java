package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.partners.CompanyId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R3.7 and R4.3: emailed links set a password once, never twice, and say nothing about who has an account. */
@PortalTest
// MockMvc's csrf() swaps the application's CSRF token repository for a session-only one, for good:
// the application is not handed on to other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CredentialLinksTest {

    static final String NEW_PASSWORD = "a long and memorable passphrase";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    CompanyId company;

    @BeforeEach
    void company() {
        company = testAccounts.company("Links Test SAS");
    }

    @Test
    void anActivationLinkSetsThePasswordOnceEvenWhenUsedTenTimesAtTheSameInstant() throws Exception {
        String email = TestAccounts.uniqueEmail("racer", "example.com");
        testAccounts.invitePartnerUser(company, email, Locale.ENGLISH);
        String token = tokenFrom(email, "/account/activate");

        var start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                String password = NEW_PASSWORD + " " + i;
                attempts.add(pool.submit((Callable<Boolean>) () -> {
                    start.await();
                    try {
                        accounts.activate(token, password);
                        return true;
                    } catch (Accounts.InvalidLinkException alreadyUsed) {
                        return false;
                    }
                }));
            }
            start.countDown();
        }
        long successes = attempts.stream().filter(CredentialLinksTest::result).count();
        assertThat(successes).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                                .filter(m -> subject(m).contains("password was changed"))
                                .count()
                        == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'account.activated' AND actor = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() throws Exception {
        String email = TestAccounts.uniqueEmail("patient", "example.com");
        testAccounts.invitePartnerUser(company, email, Locale.ENGLISH);
        String token = tokenFrom(email, "/account/activate");

        mvc.perform(post("/account/activate")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "short")
                        .param("confirmation", "short"))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("at least 15 characters"));
        mvc.perform(post("/account/activate")
                        .with(csrf())
                        .param("token", token)
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?activated="));
        mvc.perform(get("/account/activate").param("token", token))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("This link cannot be used"));
    }

    @Test
    void unknownAndMalformedTokensGetAClearPage() throws Exception {
        for (String token : new String[] {"", "nope", "x".repeat(5000), "<script>alert(1)</script>"}) {
            mvc.perform(get("/account/reset/confirm").param("token", token)).andExpect(result -> {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString())
                        .contains("This link cannot be used")
                        .doesNotContain("<script>alert(1)");
            });
        }
    }

    @Test
    void aResetRequestAnswersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String known = testAccounts.partnerUser(company);
        String unknown = TestAccounts.uniqueEmail("nobody", "example.com");

        String forKnown = resetPageFor(known);
        String forUnknown = resetPageFor(unknown);
        assertThat(forKnown.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(forUnknown.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, known).size() == 1);
        String link = Mailbox.link(Mailbox.to(greenMail, known).getFirst(), "/account/reset/confirm");
        String token = UriComponentsBuilder.fromUriString(link)
                .build()
                .getQueryParams()
                .getFirst("token");
        accounts.resetPassword(token, NEW_PASSWORD);
        assertThat(Mailbox.to(greenMail, unknown)).isEmpty();
    }

    private String resetPageFor(String email) throws Exception {
        return mvc.perform(post("/account/reset").with(csrf()).param("email", email))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String tokenFrom(String email, String path) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Mailbox.to(greenMail, email).isEmpty());
        String link = Mailbox.link(Mailbox.to(greenMail, email).getFirst(), path);
        return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static boolean result(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
