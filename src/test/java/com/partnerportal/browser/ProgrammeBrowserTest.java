package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

/**
 * R10.1–R10.3 in Chromium: the vendor defines a level on a certification and watches every company
 * being recomputed; the partner's Programme page says exactly what the company lacks for it; the
 * vendor sets the company's level by hand until a day, and the partner sees the level and its end.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class ProgrammeBrowserTest {

    private static final LocatorAssertions.ContainsTextOptions A_RUN =
            new LocatorAssertions.ContainsTextOptions().setTimeout(90_000);

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Courses courses;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theVendorDefinesALevelThePartnerSeesWhatItLacksAndTheVendorSetsItByHand(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String level = "Certified " + tag;
        UUID course = courses.publish(
                "browser-programme-" + tag, Track.FOUNDATION, "Course " + tag, "Cours " + tag, "S", "R", 10);
        courses.defineCertification(
                "browser-programme-" + tag, Track.FOUNDATION, "Expert " + tag, "Expert " + tag, List.of(course));
        retireOtherCertifiedLevels();
        var company = testAccounts.company("Programme Browsers " + tag);
        String partner = testAccounts.partnerUser(company);

        PasskeyBrowserTest.logInWithPassword(page, testAccounts.vendorAdmin());
        page.navigate("/admin/programme");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New level"))
                .click();
        page.getByLabel("Name in English").fill(level);
        page.getByLabel("Name in French").fill("Certifié " + tag);
        page.getByLabel("Technical seats").fill("20000");
        page.getByLabel("Days of deal protection").fill("120");
        page.getByLabel("Users, criterion 1").fill("2");
        page.getByLabel("Holding one of, criterion 1").selectOption("Expert " + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the level"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Give a number of technical seats from 0 to 10,000.");
        page.getByLabel("Technical seats").fill("15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the level"))
                .click();
        assertThat(page.getByText("The level was created; every company is being recomputed."))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(level)))
                .containsText("At least 2 users holding Expert " + tag);
        // The page follows the vendor-wide run as instances take its batches, then says it is done.
        assertThat(page.locator("#recomputation")).containsText("Last recomputation", A_RUN);
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, partner);
        page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Programme"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN))
                .containsText(level + ": 15 technical seats, 120 days of deal protection.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("2 more users holding Expert " + tag);
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, testAccounts.vendorAdmin());
        page.navigate("/admin/companies/" + company.value() + "/level");
        page.getByLabel("Level", new Page.GetByLabelOptions().setExact(true)).selectOption(level);
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        page.getByLabel("Until").fill(until);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the level"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Give a reason (at most 2,000 characters).");
        page.getByLabel("Reason").fill("Launch of the partnership");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the level"))
                .click();
        assertThat(page.getByText("The level was set until the day given.")).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Launch of the partnership");
        logOut(page);

        PasskeyBrowserTest.logInWithPassword(page, partner);
        page.navigate("/programme");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("is at the " + level + " level");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your level was set by the vendor until");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("15 technical seats in the Partner University");
    }

    /** Levels of earlier tests on certifications would stand between this company and the new one. */
    private void retireOtherCertifiedLevels() throws Exception {
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/programme");
        for (UUID earlier : jdbc.sql(
                        "SELECT id FROM programme_level WHERE name_en LIKE 'Certified %' AND retired_at IS NULL")
                .query(UUID.class)
                .list()) {
            admin.post("/admin/programme/levels/" + earlier + "/retire", Map.of());
        }
    }

    private static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
    }
}
