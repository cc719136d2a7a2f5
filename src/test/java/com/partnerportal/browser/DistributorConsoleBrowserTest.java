package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R2.2 in Chromium: a distributor reviewer uploads the entitlement list, follows the progress, reads the report. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class DistributorConsoleBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aReviewerUploadsACsvSeesTheProgressAndTheReport(Page page) {
        var distributor = testAccounts.distributor();
        String reviewer = testAccounts.distributorReviewer(distributor);
        page.navigate("/login");
        page.getByLabel("Email").fill(reviewer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Distributor console"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entitlement list")))
                .hasAttribute("aria-current", "page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV file"))
                .click();

        var csv = new StringBuilder("customer_id,company_name,country,domains\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("B")
                    .append(i)
                    .append(",Browser Partner ")
                    .append(i)
                    .append(",FR,bp")
                    .append(i)
                    .append("-")
                    .append(distributor.value().toString(), 0, 8)
                    .append(".fr\n");
        }
        csv.append("B-bad,Bad Row,XX,bad.fr\n");
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload(
                        "partners.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));

        // Hold the upload at the server's door, to see the page while it waits.
        AtomicReference<Route> held = new AtomicReference<>();
        page.route("**/entitlements/import", held::set);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check"))
                .click();
        assertThat(page.getByLabel("Upload progress")).isVisible();
        page.waitForCondition(() -> held.get() != null);
        page.unroute("**/entitlements/import");
        held.get().resume();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import report")))
                .isVisible();
        assertThat(page.getByText("2,001 rows read")).isVisible();
        assertThat(page.locator("[data-count=rejected]")).hasText("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the 2,000 valid rows"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The list was updated.");
        assertThat(page.locator("[data-count=created]")).hasText("2000");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the list"))
                .click();
        assertThat(page.getByText("2,000 entitlements")).isVisible();
    }
}
