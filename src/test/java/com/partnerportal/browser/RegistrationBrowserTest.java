package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R3.1–R3.7 as an applicant lives them in Chromium: one test per branch of the flow, each checking
 * the page and the email; approvals follow the emailed link, set a password and log in.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class RegistrationBrowserTest {

    static final String PASSWORD = "my brand new portal passphrase";

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    GreenMail greenMail;

    String slug;
    DistributorId distributor;
    String tag;

    @BeforeEach
    void distributor() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        slug = "b-" + tag;
        distributor = partners.registerDistributor(slug, "Browser Distribution " + tag, null);
    }

    @Test
    void publicDomain(Page page) {
        String email = "pat." + tag + "@gmail.com";
        enterEmail(page, email);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("free email provider");
        assertThat(mailTo(email)).contains("use your business email address");
    }

    @Test
    void disposableDomain(Page page) {
        String email = "pat." + tag + "@mailinator.com";
        enterEmail(page, email);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("disposable email provider");
        assertThat(mailTo(email)).contains("free or disposable");
    }

    @Test
    void malformedAddress(Page page) {
        enterEmail(page, "pat at company dot com");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This is not a valid email address.");
    }

    @Test
    void alreadyRegistered(Page page) {
        String user = testAccounts.partnerUser(testAccounts.company("Registered Ltd"));
        enterEmail(page, user);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("An account already exists");
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void alreadyPending(Page page) {
        String email = "quinn@pending-" + tag + ".ca";
        enterEmail(page, email);
        newCompany(page, "Pending Inc", "CA");
        assertThat(heading(page)).hasText("Your request is under review");
        enterEmail(page, email);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("already under review");
    }

    @Test
    void knownCompanyYesIsApproved(Page page) {
        var company = testAccounts.company("Known Browser Corp");
        testAccounts.partnerUser(company);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        entitle("KB-1", "Known Browser Corp", domain);
        String email = "rosa@" + domain;
        enterEmail(page, email);
        assertThat(heading(page)).hasText("Select your company");
        page.getByLabel("Known Browser Corp (FR)").check();
        person(page);
        assertThat(heading(page)).hasText("Access granted");
        activateAndLogIn(page, email);
    }

    @Test
    void knownCompanyNoGoesToTheDistributor(Page page) {
        var company = testAccounts.company("Someone Else Corp");
        testAccounts.partnerUser(company);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        String email = "sam@" + domain;
        enterEmail(page, email);
        page.getByLabel("No, none of these is my company").check();
        page.getByLabel("Company name").fill("Sam Security " + tag);
        page.getByLabel("Country").selectOption("CA");
        person(page);
        assertThat(heading(page)).hasText("Your request is under review");
        assertThat(mailTo(email)).contains("It is under review");

        // The distributor agrees it is a company of its own; sharing the domain is the vendor's call (R2.1).
        logInAs(page, testAccounts.distributorReviewer(distributor));
        openFromTheQueue(page, email);
        page.getByLabel("Create Sam Security " + tag).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("the request is now with the vendor");

        logInAs(page, testAccounts.vendorAdmin());
        openFromTheQueue(page, email);
        page.getByLabel("Create Sam Security " + tag).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("approved");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(mail -> Mailbox.text(mail).contains("/account/activate")));
    }

    private void logInAs(Page page, String email) {
        page.context().clearCookies();
        PasskeyBrowserTest.logInWithPassword(page, email);
    }

    @Test
    void newCompanyOnTheEntitlementListIsApproved(Page page) {
        String domain = "listed-" + tag + ".ca";
        entitle("NL-1", "Listed Inc", domain);
        String email = "tess@" + domain;
        enterEmail(page, email);
        assertThat(heading(page)).hasText("Your company");
        newCompany(page, "Listed Inc", "CA");
        assertThat(heading(page)).hasText("Access granted");
        activateAndLogIn(page, email);
    }

    @Test
    void newCompanyNotOnTheListGoesToTheDistributor(Page page) {
        String email = "uma@unlisted-" + tag + ".fr";
        enterEmail(page, email);
        newCompany(page, "Non Listée SARL", "FR");
        assertThat(heading(page)).hasText("Your request is under review");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("not yet on the distributor’s list");
        assertThat(mailTo(email)).contains("It is under review");
    }

    @Test
    void companyOfAnotherDistributorGoesToTheVendor(Page page) {
        var company = testAccounts.company("Other Distri Corp");
        testAccounts.partnerUser(company);
        partners.associate(company, testAccounts.distributor(), "OD-1", "test");
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        entitle("OD-2", "Other Distri Corp", domain);
        String email = "vic@" + domain;
        enterEmail(page, email);
        page.getByLabel("Other Distri Corp (FR)").check();
        person(page);
        assertThat(heading(page)).hasText("Your request is under review");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("must tell the vendor");
        assertThat(mailTo(email)).contains("registered with another distributor");
    }

    @Test
    void denyRuleSendsTheApplicantToTheVendor(Page page) {
        String domain = "refused-" + tag + ".com";
        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.vendorAdmin());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/admin/domain-rules");
        page.getByLabel("Domain", new Page.GetByLabelOptions().setExact(true)).fill(domain);
        page.getByLabel("Rule").selectOption("DENY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The rule was saved.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        String email = "will@" + domain;
        enterEmail(page, email);
        assertThat(heading(page)).hasText("Your request was not accepted");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Contact SentinelOne directly");
        assertThat(mailTo(email)).contains("contact the SentinelOne partner team directly");

        // The box leads to a support request about the refusal, the applicant's address carried over.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask the vendor in the portal"))
                .click();
        assertThat(page.getByLabel("Your email address")).hasValue(email);
        assertThat(page.getByLabel("What is it about?")).hasValue("REGISTRATION_REJECTED");
    }

    private void enterEmail(Page page, String email) {
        page.navigate("/register/" + slug);
        page.getByLabel("Business email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
    }

    private void newCompany(Page page, String name, String country) {
        page.getByLabel("Company name").fill(name);
        page.getByLabel("Country").selectOption(country);
        person(page);
    }

    private void person(Page page) {
        page.getByLabel("First name").fill("Alex");
        page.getByLabel("Last name").fill("Applicant");
        page.getByLabel("Job title").fill("Security engineer");
        page.getByLabel("Phone").fill("+33 1 23 45 67 89");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the request"))
                .click();
    }

    private void activateAndLogIn(Page page, String email) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Mailbox.to(greenMail, email).isEmpty());
        String link = Mailbox.link(Mailbox.to(greenMail, email).getFirst(), "/account/activate");
        page.navigate(link.replaceFirst("^https?://[^/]+", ""));
        page.getByLabel("New password").fill(PASSWORD);
        page.getByLabel("Confirm the password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the password"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password is set.");
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(heading(page)).hasText("Welcome, Alex Applicant");
    }

    private void entitle(String customerId, String name, String domain) {
        partners.importEntitlements(
                distributor,
                "customer_id,company_name,country,domains\n" + customerId + "," + name + ",FR," + domain + "\n",
                "test");
    }

    private static com.microsoft.playwright.Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private String mailTo(String email) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Mailbox.to(greenMail, email).isEmpty());
        String text = Mailbox.text(Mailbox.to(greenMail, email).getFirst());
        assertThat(text).isNotBlank();
        return text;
    }

    /** Opens a request from the review queue, paging on (oldest first) until it shows. */
    private static void openFromTheQueue(Page page, String email) {
        page.navigate("/review");
        var request = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(email));
        while (request.count() == 0) {
            String before = page.url();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Next").setExact(true))
                    .click();
            page.waitForURL(url -> !url.equals(before));
        }
        request.click();
    }
}
