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

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void aUserBeyondTheSeatLimitSeesTheOtherTracksAndWhy(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        courses.publish("hunting-" + tag, Track.TECHNICAL, "Hunting " + tag, "Chasse " + tag, "Hunt", "Chasser", 60);
        courses.publish("selling-" + tag, Track.SALES, "Selling " + tag, "Vendre " + tag, "Sell", "Vendre", 30);
        // The company keeps the default limit of 5; five colleagues launch first, the test is the 6th.
        var company = testAccounts.company("Full Seats Corp");
        for (int i = 0; i < 5; i++) {
            var colleague = new partnerportal.testing.HttpSession(port);
            colleague.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
            colleague.get("/university");
            colleague.post("/university/launch", java.util.Map.of());
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM technical_seat WHERE company_id = :c")
                        .param("c", company.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        String user = testAccounts.partnerUser(company);

        page.navigate("/login");
        page.getByLabel("Email").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
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
