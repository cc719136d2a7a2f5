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
@ExtendWith(BrowserExtension.class)
class ThrottledLoginBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aThrottledLoginIsToldHowLongToWaitThenTheRightPasswordWorks(Page page) {
        String user = testAccounts.vendorAdmin();
        page.navigate("/login");
        for (int attempt = 0; attempt < 8 && !page.url().contains("throttled="); attempt++) {
            page.getByLabel("Email").fill(user);
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
                .hasText(Pattern.compile("Too many attempts\\. Wait \\d seconds?, then try again\\."));

        // The delays in tests are short (1.5 s at most); the page told the truth.
        page.waitForTimeout(1_700);
        page.getByLabel("Email").fill(user);
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ada Admin");
    }
}
