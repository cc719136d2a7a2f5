package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.Deals.Action;
import com.partnerportal.partners.Partners;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.Caller;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.1–R9.5 in Chromium: a partner registers a deal, its distributor's reviewer and the vendor
 * approve it; a rival's registration of the same customer shows the vendor the conflict and its
 * approval is refused; the partner sees its registration protected, asks for an extension and marks
 * it won with its final value.
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

    @Autowired
    Deals deals;

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

        UUID rival = rivalRegistration(tag, product);
        page.navigate("/deals/" + rival);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Deal Makers " + tag);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("another approved registration already holds this customer");
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, partner);
        page.navigate(deal);
        assertThat(page.getByText("Protected until")).isVisible();
        page.getByLabel("Reason").fill("The customer's board meets in March.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for 30 more days"))
                .click();
        assertThat(page.getByText("Your extension request was sent to the vendor."))
                .isVisible();
        assertThat(page.getByText("needs review")).hasCount(0);
        page.getByLabel("Final value (USD)").fill("51000");
        page.getByLabel("Won on").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark won"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("marked won");
        assertThat(page.getByText("51,000.00 USD")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deal registrations"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deal registration figures"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Win rate per month, in percent of the registrations that ended")))
                .isVisible();
    }

    /** Another partner, of another distributor, registers the same customer, and its distributor passes it on. */
    private UUID rivalRegistration(String tag, String product) {
        var rival = testAccounts.company("Rival Makers " + tag);
        var distributor = testAccounts.distributor();
        partners.associate(rival, distributor, "RM-" + tag, "test");
        UUID productId = deals.products().stream()
                .filter(p -> p.name().equals(product))
                .findFirst()
                .orElseThrow()
                .id();
        UUID id = deals.register(
                Caller.partner(testAccounts.partnerUser(rival), rival.value()),
                new DealForm(
                        "Fabrikam Inc.",
                        "fabrikam-" + tag + ".com",
                        "CA",
                        "Bob Buyer",
                        "bob@fabrikam-" + tag + ".com",
                        null,
                        List.of(productId.toString()),
                        "EUR",
                        "30000",
                        LocalDate.now().plusMonths(1).toString(),
                        null,
                        null),
                true);
        deals.act(
                Caller.reviewer("rita@distributor.example", distributor.value()), id, Action.DISTRIBUTOR_APPROVE, null);
        return id;
    }

    private static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
    }
}
