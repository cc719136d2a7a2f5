package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * Passkeys in Chromium (R4.3), with its virtual authenticator standing in for the
 * fingerprint reader (CDP {@code WebAuthn.addVirtualAuthenticator}): register a passkey, log in
 * with it alone, remove it.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class PasskeyBrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    GreenMail greenMail;

    @Test
    void aUserRegistersAPasskeyLogsInWithItAndRemovesIt(Page page) {
        String user = testAccounts.partnerUser(testAccounts.company("Passkey Partners Ltd"));
        addVirtualAuthenticator(page);

        logInWithPassword(page, user);
        page.navigate("/account/passkeys");
        assertThat(page.getByText("You have no passkey yet.")).isVisible();
        addPasskey(page, "Work laptop");
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .hasText("Your passkey was added. You can now log in with it.");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Work laptop").setExact(true)))
                .isVisible();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Mailbox.to(greenMail, user).stream()
                        .anyMatch(mail -> Mailbox.text(mail).contains("\"Work laptop\" was added")));

        logOutAndUseThePasskey(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Paul Partner");
        assertThat(page.getByRole(AriaRole.BANNER)
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Partner University")))
                .isVisible();

        page.navigate("/account/passkeys");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Never")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the passkey Work laptop"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("The passkey was removed.");
        assertThat(page.getByText("You have no passkey yet.")).isVisible();

        logOutAndUseThePasskey(page);
        assertThat(page.getByText("That passkey was not accepted. Try again, or log in with your password."))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    static void addPasskey(Page page, String name) {
        page.getByLabel("Passkey name").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .click();
    }

    static void logOutAndUseThePasskey(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.navigate("/login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a passkey"))
                .click();
    }

    static void addVirtualAuthenticator(Page page) {
        var cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    static void logInWithPassword(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("Welcome, .*"));
    }
}
