package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.catalogue.Audience;
import com.partnerportal.catalogue.NewResource;
import com.partnerportal.catalogue.ResourceType;
import com.partnerportal.catalogue.Resources;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SamplePdf;
import partnerportal.testing.TestAccounts;

/** R4.2, R6.2 in Chromium: from the top-right link, search as you type, filter, open and download. */
@PortalTest
@ExtendWith(BrowserExtension.class)
class CatalogueBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Resources resources;

    @Test
    void aPartnerSearchesFiltersOpensAndDownloadsAResource(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String datasheet = "Zebracorn datasheet " + tag;
        publish(datasheet, ResourceType.DATASHEET);
        publish("Zebracorn battlecard " + tag, ResourceType.BATTLECARD);
        publish("Unrelated guide " + tag, ResourceType.GUIDE);

        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.partnerUser(testAccounts.company("Catalogue Readers")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.getByRole(AriaRole.BANNER)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Resource catalogue"))
                .click();

        // Typing is enough: htmx replaces the results and the address, without a page load.
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByLabel("Search the catalogue").pressSequentially("zebracorns " + tag);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 resources");
        assertThat(page).hasURL(Pattern.compile(".*q=zebracorns.*"));

        page.getByLabel("Type").selectOption("DATASHEET");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 resource");
        assertThat(page.locator("mark").first()).hasText("Zebracorn");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(datasheet))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(datasheet)))
                .isVisible();
        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(tag + ".pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
                .isEqualTo(SamplePdf.of(datasheet));

        page.navigate("/catalogue?q=zebracorn+" + tag + "&type=VIDEO");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("No resources");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("search without filters"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 resources");
    }

    private void publish(String title, ResourceType type) {
        byte[] pdf = SamplePdf.of(title);
        resources.publish(
                new NewResource(
                        title,
                        "For the browser test.",
                        type,
                        Audience.SALES,
                        "en",
                        List.of("Singularity XDR"),
                        LocalDate.now(),
                        null),
                title.substring(title.length() - 6) + ".pdf",
                new ByteArrayInputStream(pdf),
                pdf.length);
    }
}
