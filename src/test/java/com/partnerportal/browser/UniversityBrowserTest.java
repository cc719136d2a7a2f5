package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R4.2, R5.2, R5.3 in Chromium: the top-right link, the launch, and what a user without a seat sees. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class UniversityBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Courses courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserBeyondTheSeatLimitSeesTheOtherTracksAndWhy(Page page) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        courses.publish("hunting-" + tag, Track.TECHNICAL, "Hunting " + tag, "Chasse " + tag, "Hunt", "Chasser", 60);
        courses.publish("selling-" + tag, Track.SALES, "Selling " + tag, "Vendre " + tag, "Sell", "Vendre", 30);
        var company = testAccounts.company("Full Seats Corp");
        jdbc.sql("UPDATE company SET technical_seat_limit = 0 WHERE id = :c")
                .param("c", company.value())
                .update();
        String user = testAccounts.partnerUser(company);

        page.navigate("/login");
        page.getByLabel("Email").fill(user);
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.getByRole(AriaRole.BANNER)
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Partner University"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch Partner University"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Technical courses are not available to you");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Selling " + tag).setExact(false)))
                .isVisible();
        assertThat(page.getByText("Hunting " + tag)).not().isVisible();
        page.navigate("/university/courses/hunting-" + tag);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
    }
}
