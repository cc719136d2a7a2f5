package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;
import partnerportal.testing.WebhookReceiver;
import partnerportal.testing.WebhookReceiver.Answer;

/** R12.1 in Chromium: a distributor reviewer adds an endpoint, sends a test event, finds it in the log, redelivers it. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class WebhookBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aReviewerAddsAnEndpointSendsATestEventAndRedeliversIt(Page page) throws Exception {
        var distributor = testAccounts.distributor();
        String reviewer = testAccounts.distributorReviewer(distributor);
        try (var receiver = new WebhookReceiver()) {
            var calls = new AtomicInteger();
            receiver.answer(n -> calls.incrementAndGet() == 1 ? Answer.of(410) : Answer.of(200));
            page.navigate("/login");
            page.getByLabel("Email").fill(reviewer);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.getByLabel("Password").fill(TestAccounts.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Distributor console"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Webhooks").setExact(true))
                    .click();

            page.getByLabel("Endpoint URL").fill("https://10.0.0.7/hooks");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the endpoint"))
                    .click();
            assertThat(page.getByText("This address is private, local or reserved")
                            .first())
                    .isVisible();

            page.getByLabel("Endpoint URL").fill(receiver.url("/browser"));
            page.getByLabel("Description").fill("Our CRM");
            page.getByLabel("Partner released").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the endpoint"))
                    .click();
            assertThat(page.getByLabel("Signing secret")).hasValue(java.util.regex.Pattern.compile("whsec_.+"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test event"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("A test event is on its way");
            page.waitForCondition(() -> !receiver.received("/browser").isEmpty());
            page.waitForTimeout(500);
            page.getByLabel("Status").selectOption("FAILED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                    .click();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("webhook.test")))
                    .isVisible();
            assertThat(page.getByText("410").first()).isVisible();

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Redeliver").setExact(false))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("queued again, with the same id");
            page.waitForCondition(() -> receiver.received("/browser").size() == 2);
            page.waitForTimeout(500);
            page.reload();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Delivered")))
                    .isVisible();
            org.assertj.core.api.Assertions.assertThat(
                            receiver.received("/browser").get(1).id())
                    .isEqualTo(receiver.received("/browser").get(0).id());
        }
    }
}
