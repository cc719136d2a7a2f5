package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.5, R7.1 in Chromium: a user without a seat asks from the University page; a vendor admin resolves it. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class SupportBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aUserAsksForATechnicalSeatAndTheVendorAdminGivesItFromTheRequest(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var company = testAccounts.company("Seatless " + tag);
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();
        var holder = new HttpSession(port);
        holder.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        holder.get("/university");
        holder.post("/university/launch", Map.of());
        String user = testAccounts.partnerUser(company);

        logIn(page, user);
        page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partner University"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch Partner University"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask to change who holds the seats"))
                .click();
        assertThat(page.getByLabel("What is it about?")).hasValue("SEAT_HOLDERS");
        page.getByLabel("Subject").fill("A technical seat for me " + tag);
        page.getByLabel("Description").fill("Our first user moved to sales; I run our deployments now.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your request was sent to the partner team.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        logIn(page, testAccounts.vendorAdmin());
        page.navigate("/admin/support?company=" + company.value());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A technical seat for me " + tag))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to me"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The request is assigned to you.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage the seats of Seatless " + tag))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release: Paul Partner"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The seat was released and its holder told.");
        page.getByLabel("User")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Paul Partner <" + user + ">"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Grant a seat"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the request"))
                .click();
        assertThat(page.getByText("Technical seat granted to " + user)).isVisible();
        page.getByLabel("Message").fill("Done: you hold a technical seat now.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reply to the requester"))
                .click();
        page.getByLabel("Status").selectOption("RESOLVED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The status was changed; the requester was emailed.");
    }

    private static void logIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }
}
