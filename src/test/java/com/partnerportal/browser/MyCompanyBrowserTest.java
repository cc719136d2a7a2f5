package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.Partners;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R11.1 in Chromium: a partner administrator opens My company, invites a colleague and disables another. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class MyCompanyBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Test
    void anAdministratorInvitesAColleagueAndDisablesAnother(Page page) {
        var company = testAccounts.company("Browser Admins " + UUID.randomUUID());
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        String admin = testAccounts.partnerUser(company);
        testAccounts.partnerUser(company);
        page.navigate("/login");
        page.getByLabel("Email").fill(admin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.getByTitle("My account").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My company"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                .isVisible();

        page.getByLabel("Work email").fill("new.colleague@gmail.com");
        page.getByLabel("First name").fill("Noé");
        page.getByLabel("Last name").fill("Tremblay");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation"))
                .click();
        assertThat(page.getByText("public or disposable mail provider").first()).isVisible();
        page.getByLabel("Work email").fill("noe.tremblay@" + domain);
        page.getByLabel("Language of their emails").selectOption("fr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation was sent.");
        assertThat(page.getByText("Noé Tremblay")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable: Noé Tremblay"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The colleague was disabled");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable: Noé Tremblay")))
                .isVisible();
    }
}
