package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.Partners;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.1–R9.5 in Chromium: a partner registers a deal, its distributor's reviewer and the vendor
 * approve it, the partner sees it protected and marks it won.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class DealBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerRegistersADealBothReviewersApproveItAndThePartnerMarksItWon(Page page) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String product = "Singularity Browser " + tag;
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", UUID.randomUUID())
                .param("name", product)
                .update();
        var company = testAccounts.company("Deal Makers " + tag);
        var distributor = testAccounts.distributor();
        partners.associate(company, distributor, "DM-" + tag, "test");
        String partner = testAccounts.partnerUser(company);
        String reviewer = testAccounts.distributorReviewer(distributor);

        PasskeyBrowserTest.logInWithPassword(page, partner);
        page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deals"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a deal"))
                .click();
        page.getByLabel("Customer name").fill("Fabrikam " + tag);
        page.getByLabel("Customer website").fill("https://www.fabrikam-" + tag + ".com");
        page.getByLabel("Customer country").selectOption("CA");
        page.getByLabel("Contact name").fill("Ada Buyer");
        page.getByLabel("Contact email").fill("ada@fabrikam-" + tag + ".com");
        page.getByLabel(product).check();
        page.getByLabel("Estimated value").fill("yesterday");
        page.getByLabel("Expected close date")
                .fill(LocalDate.now().plusMonths(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please correct the fields below.");
        page.getByLabel("Estimated value").fill("48000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The registration is submitted");
        String deal = page.url();
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, reviewer);
        page.navigate(deal);
        page.getByLabel("Reason").fill("They buy through us.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve for the distributor"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("the vendor reviews it next");
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, testAccounts.vendorAdmin());
        page.navigate("/deals?status=VENDOR_REVIEW");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fabrikam " + tag + " (CA)"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("approved and protected");
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, partner);
        page.navigate(deal);
        assertThat(page.getByText("Protected until")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark won"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("marked won");
    }

    private static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
    }
}
