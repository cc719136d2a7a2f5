package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.registration.internal.DomainRules;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RegistrationSteps;
import partnerportal.testing.TestAccounts;

/** R3.1–R3.7 through HTTP, one test per branch of the flow, each checking the page and the email. */
@PortalTest
class RegistrationFlowTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DomainRules rules;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    String slug;
    DistributorId distributor;
    String tag;

    @BeforeEach
    void distributor() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        slug = "reg-" + tag;
        distributor = partners.registerDistributor(slug, "Distributor " + tag, null);
    }

    @Test
    void aFreeProviderAddressIsRefusedWithItsEmail() throws Exception {
        String email = "jane." + tag + "@gmail.com";
        var page = emailStep(new HttpSession(port), email);
        assertThat(page).contains("This address is at a free email provider.");
        assertThat(mailTo(email)).contains("free or disposable email provider");
    }

    @Test
    void aDisposableAddressIsRefused() throws Exception {
        assertThat(emailStep(new HttpSession(port), "x" + tag + "@mailinator.com"))
                .contains("This address is at a disposable email provider.");
    }

    @Test
    void aMalformedAddressGetsAClearMessage() throws Exception {
        for (String bad : new String[] {"not-an-address", "a@b", "<script>@x.com", "user@co.uk", " "}) {
            assertThat(emailStep(new HttpSession(port), bad))
                    .contains("This is not a valid email address.")
                    .contains("aria-describedby=\"email-error\"")
                    .contains("autocomplete=\"email\"");
        }
        // Longer than any address: refused the same way, and not echoed back into the page.
        String overlong = "a".repeat(450) + "@example.com";
        assertThat(emailStep(new HttpSession(port), overlong))
                .contains("This is not a valid email address.")
                .doesNotContain(overlong);
    }

    @Test
    void anExistingAccountIsSentToLogIn() throws Exception {
        String user = testAccounts.partnerUser(testAccounts.company("Existing SA"));
        assertThat(emailStep(new HttpSession(port), user))
                .contains("An account already exists for this address.")
                .contains("href=\"/login\"");
    }

    @Test
    void aNewCompanyOnTheEntitlementListIsApprovedAndTheApplicantLogsIn() throws Exception {
        String domain = "entitled-" + tag + ".ca";
        partners.importEntitlements(
                distributor,
                "customer_id,company_name,country,domains\nE-1,Entitled Inc," + "CA," + domain + "\n",
                "t");
        String email = "anna@mail." + domain;
        var browser = new HttpSession(port);
        assertThat(emailStep(browser, email)).contains("Your company");
        var outcome = companyStep(browser, Map.of("companyName", "Entitled Inc", "country", "CA"));
        assertThat(outcome).contains("Access granted");

        String link = Mailbox.link(mail(email), "/account/activate");
        String path = link.replaceFirst("^https?://[^/]+", "");
        browser.get(path);
        String password = "a fine long passphrase of hers";
        browser.post(
                "/account/activate",
                Map.of("token", path.replaceFirst(".*token=", ""), "password", password, "confirmation", password));
        assertThat(new HttpSession(port).logIn(email, password)).endsWith("/");
        var company = partners.companiesWithDomain(com.partnerportal.shared.RegistrableDomain.of(domain))
                .getFirst();
        assertThat(partners.currentAssociation(company.id()).orElseThrow().customerId())
                .isEqualTo("E-1");
    }

    @Test
    void aNewCompanyNotOnTheListGoesToTheDistributor() throws Exception {
        String email = "bob@unlisted-" + tag + ".fr";
        var browser = new HttpSession(port);
        emailStep(browser, email);
        assertThat(companyStep(browser, Map.of("companyName", "Unlisted SARL", "country", "FR")))
                .contains("Your request is under review")
                .contains("not yet on the distributor’s list");
        assertThat(mailTo(email)).contains("It is under review");
        assertThat(route(email)).isEqualTo("DISTRIBUTOR");

        assertThat(emailStep(new HttpSession(port), email)).contains("already under review");
    }

    @Test
    void aKnownCompanyIsSelectedAndAnEntitledOneIsJoined() throws Exception {
        var company = testAccounts.company("Known Corp");
        testAccounts.partnerUser(company);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        partners.importEntitlements(
                distributor, "customer_id,company_name,country,domains\nK-1,Known Corp,FR," + domain + "\n", "t");
        var browser = new HttpSession(port);
        assertThat(emailStep(browser, "carl@" + domain))
                .contains("Select your company")
                .contains("Known Corp (FR)");
        assertThat(companyStep(browser, Map.of("company", company.value().toString())))
                .contains("Access granted");
    }

    @Test
    void noneOfTheseGoesToTheDistributor() throws Exception {
        var company = testAccounts.company("Not Mine Corp");
        testAccounts.partnerUser(company);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        var browser = new HttpSession(port);
        emailStep(browser, "dana@" + domain);
        assertThat(companyStep(browser, Map.of("company", "none"))).contains("Please correct the fields below.");
        assertThat(companyStep(browser, Map.of("company", "none", "companyName", "Dana Labs", "country", "FR")))
                .contains("none of the registered companies");
        assertThat(route("dana@" + domain)).isEqualTo("DISTRIBUTOR");
    }

    @Test
    void aCompanyOfAnotherDistributorGoesToTheVendorWithTransferGuidance() throws Exception {
        var company = testAccounts.company("Elsewhere Corp");
        testAccounts.partnerUser(company);
        var other = testAccounts.distributor();
        partners.associate(company, other, "O-9", "t");
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        partners.importEntitlements(
                distributor, "customer_id,company_name,country,domains\nX-1,Elsewhere Corp,FR," + domain + "\n", "t");
        var browser = new HttpSession(port);
        emailStep(browser, "eve@" + domain);
        assertThat(companyStep(browser, Map.of("company", company.value().toString())))
                .contains("registered with another distributor")
                .contains("must tell the vendor");
        assertThat(route("eve@" + domain)).isEqualTo("VENDOR");
    }

    @Test
    void aDenyRuleRejectsAndSendsTheApplicantToTheVendor() throws Exception {
        String domain = "denied-" + tag + ".com";
        rules.put(domain, DomainRules.Kind.DENY, "test", "test");
        String email = "frank@" + domain;
        var browser = new HttpSession(port);
        // Decided at the email step: the applicant does not fill in a company page for nothing.
        assertThat(emailStep(browser, email))
                .contains("does not accept requests from this domain")
                .contains("Contact SentinelOne directly")
                .contains("partners@sentinelone.example")
                .contains("/support/new?category=REGISTRATION_REJECTED&amp;email=frank@" + domain);
        assertThat(browser.get("/register/" + slug + "/company").statusCode()).isEqualTo(302);
        assertThat(mailTo(email)).contains("contact the SentinelOne partner team directly");
        assertThat(jdbc.sql("SELECT status || ' ' || reason_code FROM access_request WHERE email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .isEqualTo("REJECTED DENY_RULE");
    }

    @Test
    void theSameAddressSubmittedTwentyTimesAtOnceMakesOneRequest() throws Exception {
        String email = "gina@racing-" + tag + ".com";
        List<HttpSession> browsers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var browser = new HttpSession(port);
            emailStep(browser, email);
            browser.get("/register/" + slug + "/company");
            browsers.add(browser);
        }
        var start = new CountDownLatch(1);
        List<Future<String>> pages = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var browser : browsers) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return browser.post(
                                    "/register/" + slug + "/company",
                                    Map.of(
                                            "companyName",
                                            "Racing Ltd",
                                            "country",
                                            "GB",
                                            "firstName",
                                            "Gina",
                                            "lastName",
                                            "Racer"))
                            .body();
                }));
            }
            start.countDown();
        }
        int underReview = 0;
        for (var page : pages) {
            underReview += page.get().contains("Your request is under review") ? 1 : 0;
        }
        assertThat(underReview).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM access_request WHERE email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoApplicantsCreatingTheSameNewCompanyAtOnceMakeOneCompany() throws Exception {
        for (int round = 0; round < 5; round++) {
            String domain = "twins-" + round + "-" + tag + ".ca";
            partners.importEntitlements(
                    distributor,
                    "customer_id,company_name,country,domains\nTW-" + round + ",Twins Inc,CA," + domain + "\n",
                    "t");
            var first = new HttpSession(port);
            var second = new HttpSession(port);
            emailStep(first, "one@" + domain);
            emailStep(second, "two@" + domain);
            var start = new CountDownLatch(1);
            List<Future<String>> pages = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (var browser : List.of(first, second)) {
                    pages.add(pool.submit(() -> {
                        start.await();
                        return companyStep(browser, Map.of("companyName", "Twins Inc", "country", "CA"));
                    }));
                }
                start.countDown();
            }
            for (var page : pages) {
                assertThat(page.get()).as("round %d", round).contains("Access granted");
            }
            var companies = partners.companiesWithDomain(com.partnerportal.shared.RegistrableDomain.of(domain));
            assertThat(companies).hasSize(1);
            assertThat(jdbc.sql("SELECT count(*) FROM account WHERE company_id = :c")
                            .param("c", companies.getFirst().id().value())
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
    }

    @Test
    void sweepingAddressesIsThrottled() throws Exception {
        var sweeper = new HttpSession(port);
        String email = "target@sweep-" + tag + ".com";
        String last = "";
        for (int i = 0; i < 12; i++) {
            last = emailStep(sweeper, email);
        }
        assertThat(last).contains("Too many attempts.");
    }

    @Test
    void anUnknownOrInactiveDistributorLinkIsNotFound() throws Exception {
        assertThat(new HttpSession(port).get("/register/no-such-distributor").statusCode())
                .isEqualTo(404);
        assertThat(new HttpSession(port).get("/register/" + "x".repeat(500)).statusCode())
                .isEqualTo(404);
    }

    private String emailStep(HttpSession browser, String email) throws Exception {
        return RegistrationSteps.emailStep(browser, slug, email);
    }

    private String companyStep(HttpSession browser, Map<String, String> fields) throws Exception {
        return RegistrationSteps.companyStep(browser, slug, fields);
    }

    private MimeMessage mail(String email) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Mailbox.to(greenMail, email).isEmpty());
        return Mailbox.to(greenMail, email).getFirst();
    }

    private String mailTo(String email) {
        return Mailbox.text(mail(email));
    }

    private String route(String email) {
        return jdbc.sql("SELECT route FROM access_request WHERE email = :e AND status = 'UNDER_REVIEW'")
                .param("e", email)
                .query(String.class)
                .single();
    }
}
