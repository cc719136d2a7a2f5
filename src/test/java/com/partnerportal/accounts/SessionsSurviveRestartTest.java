package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.TestAccounts;

/** R8.4: a user logged in on one instance stays logged in when another one, or a restarted one, serves them. */
class SessionsSurviveRestartTest {

    @Test
    void aSessionOutlivesTheInstanceThatCreatedIt() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(null)) {
            String email = "restart.user@survivors.example.com";
            HttpSession browser;
            try (var first = PortalProcess.start(postgres, 2525)) {
                var company = first.getBean(Partners.class)
                        .registerCompany("Survivors Inc", "US", Set.of("survivors.example.com"));
                first.getBean(Accounts.class)
                        .openWithPassword(
                                NewAccount.partnerUser(email, "Sam", "Survivor", company.value(), Locale.ENGLISH),
                                TestAccounts.PASSWORD);
                browser = new HttpSession(PortalProcess.port(first));
                assertThat(browser.logIn(email, TestAccounts.PASSWORD)).endsWith("/");
                assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
            }
            try (var second = PortalProcess.start(postgres, 2525)) {
                var page = browser.movedTo(PortalProcess.port(second)).get("/account/password");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("Sam Survivor");
                System.out.println("Checked: the session created before the restart is still logged in after it");
            }
        }
    }
}
