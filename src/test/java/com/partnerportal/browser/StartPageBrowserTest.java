package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.Partners;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * The start page as partners meet it in Chromium (axe checks each page): before and after
 * launching the University, with a technical seat and without one. Reviewers' and vendor admins'
 * start pages are visited by {@link NavigationBrowserTest}.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class StartPageBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Test
    void aPartnerLaunchesTheUniversityFromTheStartPageAndComesBackToTheirSeat(Page page) {
        PasskeyBrowserTest.logInWithPassword(
                page, testAccounts.partnerUser(testAccounts.company("Start Browser Seat")));
        var learning = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Partner University"));
        learning.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open the Partner University"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/university$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Launch")))
                .click();
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Partner University")))
                .containsText("You hold technical seat 1 of 5");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("New in the catalogue")))
                .containsText("in the last 30 days");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("My support requests")))
                .containsText("No open request.");
    }

    @Test
    void aPartnerWithoutASeatIsToldWhichTracksAreOpen(Page page) {
        var company = testAccounts.company("Start Browser No Seat");
        partners.setTechnicalSeatLimit(company, 0, "test");
        PasskeyBrowserTest.logInWithPassword(page, testAccounts.partnerUser(company));
        page.navigate("/university");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Launch")))
                .click();
        page.navigate("/?lang=fr");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Partner University")))
                .containsText("Pas de poste technique pour vous (0 sur 0 occupés)");
    }
}
