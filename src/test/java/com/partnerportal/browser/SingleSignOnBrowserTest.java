package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.Partners;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;
import partnerportal.testing.TestIdentityProvider;

/**
 * R11.2 in Chromium: the vendor connects a company to its identity provider from the administration
 * (testing it first), then a colleague types their email on the login page, signs in at the
 * provider and is back in the portal with a new account; a user without single sign-on goes on to
 * the password.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class SingleSignOnBrowserTest {

    static TestIdentityProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startProvider() {
        provider = TestIdentityProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void theVendorConnectsAProviderAndAColleagueSignsOnThroughIt(Page page) {
        String companyName = "Browser SSO " + UUID.randomUUID().toString().substring(0, 8);
        var company = testAccounts.company(companyName);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        String email = "sam.sso@" + domain;
        provider.allowPortal("http://localhost:" + port).verifiedUser(email, "idp password", "Sam", "Signon");

        PasskeyBrowserTest.logInWithPassword(page, testAccounts.vendorAdmin());
        page.navigate("/admin/identity-providers");
        page.getByLabel("Signs on").selectOption(company.value().toString());
        page.getByLabel("Issuer URL").fill(provider.issuer());
        page.getByLabel("Client ID").fill(TestIdentityProvider.CLIENT_ID);
        page.getByLabel("Client secret").fill(provider.clientSecret());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Test the connection"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The connection works");
        page.getByLabel("Client secret").fill(provider.clientSecret());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Connect").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The identity provider is connected.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(companyName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page).hasURL(provider.issuer() + "/login");
        page.getByLabel("Username").fill(email);
        page.getByLabel("Password").fill("idp password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Sam Signon");
    }
}
