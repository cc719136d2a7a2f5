package partnerportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accessibility check the browser tests rely on can fail: it finds what it should. */
class AxeHarnessTest {

    @Test
    void findsAnUnlabelledFieldAndAcceptsALabelledOne() {
        try (var context = Browser.newContext("http://localhost", "en-US")) {
            var page = context.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                    + "<input type=\"text\"><img src=\"data:,\"></main></body></html>");
            assertThat(BrowserExtension.seriousViolations(page))
                    .anyMatch(violation -> violation.contains("label"))
                    .anyMatch(violation -> violation.contains("image-alt"));

            page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                    + "<label for=\"a\">Name</label><input id=\"a\" type=\"text\"></main></body></html>");
            assertThat(BrowserExtension.seriousViolations(page)).isEmpty();
        }
    }
}
