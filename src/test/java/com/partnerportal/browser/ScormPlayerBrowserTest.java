package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.university.internal.ScormImports;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.PortalTest;
import partnerportal.testing.ScormPackages;
import partnerportal.testing.TestAccounts;

/**
 * R5.7 in Chromium: a learner plays a SCORM 1.2 and a SCORM 2004 course whose SCO (built by the test)
 * calls the API — saves its place, is closed, is reopened on another instance and gets its suspend
 * data back, finishes —
 * and the transcript shows the course completed. Axe checks the player page.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class ScormPlayerBrowserTest {

    @Autowired
    ScormImports imports;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Autowired
    org.springframework.core.env.Environment environment;

    static org.springframework.context.ConfigurableApplicationContext second;

    @Test
    void aLearnerSavesResumesAndFinishesScorm12And2004Courses(Page page) throws Exception {
        String learner = testAccounts.partnerUser(testAccounts.company("SCORM Learners " + UUID.randomUUID()));
        PasskeyBrowserTest.logInWithPassword(page, learner);

        var errors = new java.util.ArrayList<String>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        for (String edition : new String[] {"1.2", "2004 4th Edition"}) {
            String title = "Playing SCORM " + edition;
            String slug = course(edition, title);

            page.navigate("/university/courses/" + slug);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start: " + title))
                    .click();
            var sco = page.frameLocator("#sco-frame");
            assertThat(sco.locator("#resumed")).hasText("(nothing)");
            sco.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.FrameLocator.GetByRoleOptions().setName("Save my progress"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your progress is saved.");

            // Reopened on another instance: the same session (in the database), the data where it was left.
            page.navigate("/university");
            page.navigate(secondInstance() + "/university/courses/" + slug);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue: " + title))
                    .click();
            assertThat(page.frameLocator("#sco-frame").locator("#resumed")).hasText("page=3;answers=ab");
            page.frameLocator("#sco-frame")
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.FrameLocator.GetByRoleOptions().setName("Finish the course"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your progress is saved.");

            page.navigate("/university/courses/" + slug);
            assertThat(page.getByText("Completed").first()).isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(errors)
                .as("the browser's console")
                .isEmpty();
        page.navigate("/university/transcript");
        assertThat(page.getByText("Playing SCORM 1.2")).isVisible();
        assertThat(page.getByText("Playing SCORM 2004 4th Edition")).isVisible();
    }

    private String secondInstance() {
        if (second == null) {
            second = PortalProcess.start(
                    postgres,
                    Integer.parseInt(environment.getProperty("spring.mail.port", "2525")),
                    "--logging.level.root=WARN");
        }
        return "http://localhost:" + PortalProcess.port(second);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private String course(String edition, String title) throws Exception {
        String slug = "play-" + UUID.randomUUID().toString().substring(0, 8);
        ScormPackages.importPublished(imports, jdbc, slug, "SALES", edition, title, title);
        return slug;
    }
}
