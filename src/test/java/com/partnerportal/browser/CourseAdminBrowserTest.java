package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.1: a vendor admin creates a draft course, publishes it for partners, then retires it. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class CourseAdminBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    @Test
    void aCourseIsSeenByPartnersOnlyWhilePublished(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Ransomware rollback " + tag;
        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(testAccounts.company("Course Watchers")), TestAccounts.PASSWORD);
        partner.get("/university");
        partner.post("/university/launch", java.util.Map.of());

        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.vendorAdmin());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/admin/courses");
        page.getByLabel("Slug (in the course’s address)").fill("rollback-" + tag);
        page.getByLabel("Track").selectOption("FOUNDATION");
        page.getByLabel("Duration (minutes)").fill("45");
        page.getByLabel("Title (English)").fill(title);
        page.getByLabel("Title (French)").fill("Retour arrière rançongiciel " + tag);
        page.getByLabel("Summary (English)").fill("Roll back encrypted files.");
        page.getByLabel("Summary (French)").fill("Restaurer les fichiers chiffrés.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create as draft"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The course was created as a draft.");
        org.assertj.core.api.Assertions.assertThat(partner.get("/university").body())
                .doesNotContain(title);

        page.getByLabel("Status").selectOption("PUBLISHED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The course was saved.");
        org.assertj.core.api.Assertions.assertThat(partner.get("/university").body())
                .contains(title);

        page.getByLabel("Status").selectOption("RETIRED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        org.assertj.core.api.Assertions.assertThat(partner.get("/university").body())
                .doesNotContain(title);
        org.assertj.core.api.Assertions.assertThat(
                        partner.get("/university/courses/rollback-" + tag).statusCode())
                .isEqualTo(404);
    }
}
