package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** Issue 9 in Chromium: the vendor dashboard draws its charts (screenshot saved) and a chart's CSV downloads. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void theVendorDashboardDrawsItsChartsAndExportsCsv(Page page) throws Exception {
        testAccounts.partnerUser(testAccounts.company("Charted"));
        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.vendorAdmin());
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/admin/dashboard");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")))
                .isVisible();
        var seats = page.locator("section", new Page.LocatorOptions().setHasText("Companies by technical seat use"));
        assertThat(seats.locator("canvas")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/dashboard-vendor.png"))
                .setFullPage(true));

        seats.getByText("Show the figures as a table").click();
        assertThat(seats.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("No seat taken")))
                .isVisible();
        var download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV: Companies by technical seat use"))
                .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("Category,Companies")
                .contains("All seats taken,")
                .contains("No seat taken,");
    }
}
