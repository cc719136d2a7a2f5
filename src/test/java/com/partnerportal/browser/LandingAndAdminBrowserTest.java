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

/** R4.1, R8.1 and the admin pages, as a person sees them in Chromium (axe checks every page). */
@PortalTest
@ExtendWith(BrowserExtension.class)
class LandingAndAdminBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void theLandingPageSpeaksEnglishAndFrench(Page page) {
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome to the SentinelOne Partner Portal");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Already a member?")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BANNER)
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FR").setExact(true))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Bienvenue sur le portail partenaires SentinelOne");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Déjà membre ?")))
                .isVisible();

        page.navigate("/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("Page introuvable|Se connecter"));
    }

    @Test
    void aVendorAdminLogsInAndOpensTheEmailsAndTheAuditTrail(Page page) {
        String admin = testAccounts.vendorAdmin();
        page.navigate("/");
        var memberSection = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Already a member?"));
        memberSection.getByLabel("Email").fill(admin);
        memberSection
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Continue"))
                .click();
        // The address has no single sign-on: the login page asks for the password (R11.2).
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ada Admin");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administration"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Emails").setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/emails$"));
        page.getByLabel("Recipient").last().fill("ops-check@sentinelone.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test email"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The test email is queued.");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Partner Portal: test email")
                                .setExact(false))
                .first()
                .click();
        assertThat(page.getByText("ops-check@sentinelone.example")).isVisible();

        page.navigate("/admin/users");
        page.getByLabel("Name or email contains").fill(admin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(admin))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Login history")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Succeeded"))
                        .first())
                .isVisible();

        page.navigate("/admin/audit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Audit trail");
        page.getByLabel("Action").selectOption("email.test-sent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(admin))
                        .first())
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have been logged out.");
    }

    @Test
    void aPartnerUserIsDeniedTheAdminPages(Page page) {
        String user = testAccounts.partnerUser(testAccounts.company("Browser Partner Ltd"));
        page.navigate("/");
        page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Email").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/admin/emails");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Access denied");
    }
}
