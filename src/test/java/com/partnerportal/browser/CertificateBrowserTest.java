package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.6 in Chromium: a seat holder completes a short technical course and downloads the certificate. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class CertificateBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Courses courses;

    @Test
    void aSeatHolderCompletesAShortCourseAndDownloadsTheCertificate(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Threat hunting " + tag;
        UUID course = courses.publish("hunt-" + tag, Track.TECHNICAL, title, "Chasse " + tag, "Hunt", "Chasser", 15);
        courses.addLesson(course, "Queries", "Requêtes", "Search events with a query.", "Cherchez avec une requête.");
        courses.addQuestion(
                course,
                "What finds events?",
                "Qu'est-ce qui trouve les événements ?",
                List.of("A query", "A guess"),
                List.of("Une requête", "Une intuition"),
                0);
        courses.defineCertification(
                "hunter-" + tag, Track.TECHNICAL, "Hunter " + tag, "Chasseur " + tag, List.of(course));

        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.partnerUser(testAccounts.company("Hunters " + tag)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/university");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch Partner University"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(false))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done: Queries"))
                .click();
        assertThat(page.getByText("1 of 1 lessons done")).isVisible();
        page.getByLabel("A query").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answers"))
                .click();
        assertThat(page.getByText("Passed: 100 % right answers.")).isVisible();

        page.navigate("/university");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My transcript"))
                .click();
        assertThat(page.getByText("Hunter " + tag)).isVisible();
        var download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Download the certificate (PDF): Hunter " + tag))
                .click());
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Public verification page"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("This certificate is genuine");
    }
}
