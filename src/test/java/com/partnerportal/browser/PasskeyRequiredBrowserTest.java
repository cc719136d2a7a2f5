package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.StrictPortalTest;
import partnerportal.testing.TestAccounts;

/**
 * With {@code portal.accounts.vendor-admin-passkey-required}, a vendor admin's password opens
 * their account but not the administration: they register a passkey, log in with it, and only
 * then reach the admin pages (R4.3).
 */
@StrictPortalTest
@ExtendWith(BrowserExtension.class)
class PasskeyRequiredBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aVendorAdminNeedsAPasskeyLoginForTheAdministration(Page page) {
        String admin = testAccounts.vendorAdmin();
        PasskeyBrowserTest.addVirtualAuthenticator(page);
        PasskeyBrowserTest.logInWithPassword(page, admin);

        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/account/passkeys\\?required$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your role requires a passkey");
        page.navigate("/review");
        assertThat(page).hasURL(Pattern.compile(".*/account/passkeys\\?required$"));

        PasskeyBrowserTest.addPasskey(page, "Admin security key");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions()
                                .setName("Admin security key")
                                .setExact(true)))
                .isVisible();
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/account/passkeys\\?required$"));

        PasskeyBrowserTest.logOutAndUseThePasskey(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ada Admin");
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
    }
}
