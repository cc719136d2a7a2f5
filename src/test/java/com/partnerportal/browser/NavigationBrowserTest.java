package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R8.1: the header fits on a laptop, a small laptop and a phone (1280, 1024 and 390 px wide) for
 * the people with the most menus, a vendor admin and a distributor reviewer: no menu label breaks
 * onto two lines, the menu is one row or collapses behind its button, and every item is reachable
 * from the keyboard. Screenshots of each width land in {@code target/screenshots}.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class NavigationBrowserTest {

    private static final String WRAPPED_LABELS = """
            () => [...document.querySelectorAll('#portal-nav .nav-link, #portal-nav .btn')]
              .filter(item => item.offsetParent !== null)
              .filter(item => {
                const style = getComputedStyle(item);
                const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
                return item.getBoundingClientRect().height > line * 1.5 + padding;
              })
              .map(item => item.textContent.trim())
            """;

    private static final String MENU_ROWS = """
            () => {
              const items = [...document.querySelectorAll('#portal-nav > .navbar-nav > .nav-item')]
                .filter(item => item.offsetParent !== null);
              // Items of one row share their vertical middle, whatever their own height (a button, a link).
              return new Set(items.map(item => {
                const box = item.getBoundingClientRect();
                return Math.round((box.top + box.height / 2) / 24);
              })).size;
            }
            """;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aVendorAdminsHeaderFitsEveryWidth(Page page) {
        PasskeyBrowserTest.logInWithPassword(page, testAccounts.vendorAdmin());
        checkEveryWidth(page, "vendor-admin", List.of("Administration", "Partner University", "Review queue"));
    }

    @Test
    void aDistributorReviewersHeaderFitsEveryWidth(Page page) {
        PasskeyBrowserTest.logInWithPassword(page, testAccounts.distributorReviewer(testAccounts.distributor()));
        checkEveryWidth(page, "reviewer", List.of("Distributor console", "Review queue", "Resource catalogue"));
    }

    private void checkEveryWidth(Page page, String who, List<String> links) {
        for (int width : new int[] {1280, 1024, 390}) {
            page.setViewportSize(width, 900);
            page.navigate("/");
            var toggler = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Main navigation"));
            boolean collapsed = toggler.isVisible();
            if (collapsed) {
                toggler.focus();
                page.keyboard().press("Enter");
                assertThat(page.locator("#portal-nav")).hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
            } else {
                assertThat((Integer) page.evaluate(MENU_ROWS))
                        .as(who + " at " + width + " px: one row")
                        .isEqualTo(1);
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/navbar-" + who + "-" + width + ".png")));
            assertThat((List<?>) page.evaluate(WRAPPED_LABELS))
                    .as(who + " at " + width + " px: labels on two lines")
                    .isEmpty();
            for (String link : links) {
                assertThat(page.getByRole(AriaRole.BANNER)
                                .getByText(
                                        link, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
                        .isVisible();
            }
            // Every item of the header can be reached with the keyboard, up to logging out.
            page.locator("body").focus();
            boolean reachedLogOut = false;
            for (int tab = 0; tab < 40 && !reachedLogOut; tab++) {
                page.keyboard().press("Tab");
                reachedLogOut = "Log out".equals(page.evaluate("() => document.activeElement.textContent.trim()"));
            }
            assertThat(reachedLogOut)
                    .as(who + " at " + width + " px: Log out reachable by Tab")
                    .isTrue();
        }
    }
}
