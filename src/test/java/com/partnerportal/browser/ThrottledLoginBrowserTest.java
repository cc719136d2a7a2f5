package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R4.3 as a person meets it: after too many wrong passwords, the login page says how long to wait. */
@PortalTest
// Five wrong passwords are free, then the delay doubles from 0.3 s. A wrong attempt here (an
// Argon2id hash and a page) takes up to a second or two on a loaded machine, so the throttle is met
// once the delay outgrows that: the other tests' 1.5 s cap could stay below it.
@org.springframework.test.context.TestPropertySource(properties = "portal.accounts.login-longest-delay=10s")
@ExtendWith(BrowserExtension.class)
class ThrottledLoginBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aThrottledLoginIsToldHowLongToWaitThenTheRightPasswordWorks(Page page) {
        String user = testAccounts.vendorAdmin();
        page.navigate("/login");
        for (int attempt = 0; attempt < 12 && !page.url().contains("throttled="); attempt++) {
            page.getByLabel("Email").fill(user);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.getByLabel("Password").fill("not my password " + attempt);
            // Each attempt waits for its own answer: the address of the previous one would match at once.
            page.waitForResponse(
                    response -> "POST".equals(response.request().method()),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                            .click());
            page.waitForURL(Pattern.compile(".*/login\\?(error|throttled=\\d+)$"));
        }
        assertThat(page).hasURL(Pattern.compile(".*/login\\?throttled=\\d+$"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText(Pattern.compile("Too many attempts\\. Wait \\d+ seconds?, then try again\\."));

        // The page told the truth: after the wait it states, the right password works.
        var stated = Pattern.compile("Wait (\\d+) second")
                .matcher(page.getByRole(AriaRole.ALERT).textContent());
        org.assertj.core.api.Assertions.assertThat(stated.find()).isTrue();
        page.waitForTimeout(Integer.parseInt(stated.group(1)) * 1_000 + 300);
        page.getByLabel("Email").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ada Admin");
    }
}
