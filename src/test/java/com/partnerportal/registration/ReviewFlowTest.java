package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.Pages;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RegistrationSteps;
import partnerportal.testing.TestAccounts;

/** R3.8 and R2.3: reviewers decide what the automatic decision could not, within their scope. */
@PortalTest
class ReviewFlowTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

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
        slug = "rev-" + tag;
        distributor = partners.registerDistributor(slug, "Reviewing " + tag, null);
    }

    @Test
    void aDistributorReviewerApprovesANewCompanyAndTheApplicantGetsAccess() throws Exception {
        String email = "hugo@fresh-" + tag + ".fr";
        apply(email, Map.of("companyName", "Fresh SAS", "country", "FR"));
        var reviewer = reviewerOf(distributor);
        String id = requestId(email);
        assertThat(reviewer.get("/review").body()).contains(email);
        reviewer.get("/review/" + id);
        var approved = reviewer.post("/review/" + id + "/approve", Map.of("company", "new"));
        assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/review");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("/account/activate")));
        assertThat(status(email)).isEqualTo("APPROVED");
        var company = partners.companiesWithDomain(
                        com.partnerportal.shared.RegistrableDomain.of("fresh-" + tag + ".fr"))
                .getFirst();
        assertThat(partners.currentAssociation(company.id()).orElseThrow().distributorId())
                .isEqualTo(distributor);
    }

    @Test
    void aReviewerCanOnlyJoinACompanyHoldingTheApplicantsDomainOrCreateTheirs() throws Exception {
        String email = "zed@zephyr-" + tag + ".ca";
        apply(email, Map.of("companyName", "Zephyr Secure", "country", "CA"));
        String id = requestId(email);
        var unrelated = testAccounts.company("Northwind " + tag);
        partners.associate(unrelated, distributor, "N-" + tag, "t");
        var released = testAccounts.company("Released " + tag);
        var reviewer = reviewerOf(distributor);

        for (var company : java.util.List.of(unrelated, released)) {
            reviewer.get("/review/" + id);
            var refused = reviewer.post(
                    "/review/" + id + "/approve",
                    Map.of("company", company.value().toString()));
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/review/" + id);
            assertThat(reviewer.get("/review/" + id).body())
                    .contains("can only join a company that holds their email domain");
        }
        // Nor may a reviewer use the vendor admin's way of adding the domain to another company.
        reviewer.post(
                "/review/" + id + "/approve",
                Map.of("company", "other", "otherCompany", unrelated.value().toString()));
        assertThat(status(email)).isEqualTo("UNDER_REVIEW");
        assertThat(accounts(email)).isZero();
        assertThat(partners.company(unrelated).orElseThrow().domains()).noneMatch(d -> d.startsWith("zephyr-"));
        assertThat(partners.currentAssociation(released)).isEmpty();

        reviewer.get("/review/" + id);
        reviewer.post("/review/" + id + "/approve", Map.of("company", "new"));
        assertThat(status(email)).isEqualTo("APPROVED");
        assertThat(partners.companiesWithDomain(com.partnerportal.shared.RegistrableDomain.of("zephyr-" + tag + ".ca"))
                        .getFirst()
                        .name())
                .isEqualTo("Zephyr Secure");
    }

    @Test
    void aVendorAdminJoinsAnotherCompanyOnlyByAddingTheDomainToItAudited() throws Exception {
        String email = "ana@acquired-" + tag + ".com";
        apply(email, Map.of("companyName", "Acquired LLC", "country", "US"));
        String id = requestId(email);
        var parent = testAccounts.company("Parent Group " + tag);
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);

        assertThat(admin.get("/review/" + id).body())
                .contains("Another company, adding acquired-" + tag + ".com to it");
        admin.post(
                "/review/" + id + "/approve", Map.of("company", parent.value().toString()));
        assertThat(status(email)).isEqualTo("UNDER_REVIEW");

        admin.get("/review/" + id);
        admin.post(
                "/review/" + id + "/approve",
                Map.of("company", "other", "otherCompany", parent.value().toString()));
        assertThat(status(email)).isEqualTo("APPROVED");
        assertThat(partners.company(parent).orElseThrow().domains()).contains("acquired-" + tag + ".com");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'company.domain-added' AND target_id = :c")
                        .param("c", parent.value().toString())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void noneOfTheseEndsInANewCompanySharingTheDomainOnceTheVendorAgrees() throws Exception {
        var existing = testAccounts.company("Holder " + tag);
        testAccounts.partnerUser(existing);
        String domain =
                partners.company(existing).orElseThrow().domains().iterator().next();
        String email = "ola." + tag + "@" + domain;
        var applicant = new HttpSession(port);
        assertThat(RegistrationSteps.emailStep(applicant, slug, email)).contains("Select your company");
        assertThat(RegistrationSteps.companyStep(applicant, slug, Map.of("company", "none")))
                .as("the company page's fields are needed on this path too")
                .contains("Please correct the fields below.");
        assertThat(RegistrationSteps.companyStep(
                        applicant, slug, Map.of("company", "none", "companyName", "Ola Labs " + tag, "country", "CA")))
                .contains("Your request is under review");
        String id = requestId(email);

        var reviewer = reviewerOf(distributor);
        assertThat(reviewer.get("/review").body())
                .contains("The applicant says none of the companies holding their domain is theirs");
        assertThat(reviewer.get("/review/" + id).body())
                .contains("Create Ola Labs " + tag)
                .contains("only the vendor can let two companies share it");
        var sent = reviewer.post("/review/" + id + "/approve", Map.of("company", "new"));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/review");
        assertThat(reviewer.get("/review").body()).contains("the request is now with the vendor");
        assertThat(status(email)).isEqualTo("UNDER_REVIEW");
        assertThat(accounts(email)).isZero();
        assertThat(reviewer.get("/review/" + id).statusCode())
                .as("now the vendor's")
                .isEqualTo(404);
        assertThat(audited("access-request.sent-to-vendor", id)).isOne();

        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(Pages.joined(admin, "/review")).contains(email);
        assertThat(admin.get("/review/" + id).body()).contains("it will be shared by both companies");
        admin.post("/review/" + id + "/approve", Map.of("company", "new"));
        assertThat(status(email)).isEqualTo("APPROVED");
        var holders = partners.companiesWithDomain(com.partnerportal.shared.RegistrableDomain.of(domain));
        assertThat(holders).extracting(company -> company.name()).contains("Holder " + tag, "Ola Labs " + tag);
        assertThat(holders).allMatch(company -> company.sharedDomains().contains(domain));
        assertThat(audited("company.domain-shared", existing.value().toString()))
                .isOne();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("/account/activate")));
    }

    @Test
    void aRejectionCarriesTheReasonAndTheVendorContacts() throws Exception {
        String email = "ines@doubtful-" + tag + ".fr";
        apply(email, Map.of("companyName", "Doubtful SARL", "country", "FR"));
        var reviewer = reviewerOf(distributor);
        String id = requestId(email);
        reviewer.get("/review/" + id);
        reviewer.post("/review/" + id + "/reject", Map.of("reason", "We do not know this reseller."));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("We do not know this reseller.")
                                && Mailbox.text(m).contains("partners@sentinelone.example")));
        assertThat(status(email)).isEqualTo("REJECTED");
    }

    @Test
    void aReviewerOfAnotherDistributorGetsNotFound() throws Exception {
        String email = "jules@private-" + tag + ".fr";
        apply(email, Map.of("companyName", "Private SA", "country", "FR"));
        var stranger = reviewerOf(testAccounts.distributor());
        String id = requestId(email);
        assertThat(Pages.joined(stranger, "/review")).doesNotContain(email);
        assertThat(stranger.get("/review/" + id).statusCode()).isEqualTo(404);
        stranger.get("/review");
        assertThat(stranger.post("/review/" + id + "/reject", Map.of("reason", "no"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(status(email)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aRequestWaitingOnAnotherDistributorBecomesApprovableOnceReleased() throws Exception {
        var company = testAccounts.company("Transfer Corp");
        testAccounts.partnerUser(company);
        var previous = testAccounts.distributor();
        partners.associate(company, previous, "P-1", "t");
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        partners.importEntitlements(
                distributor, "customer_id,company_name,country,domains\nT-1,Transfer Corp,FR," + domain + "\n", "t");
        String email = "kim@" + domain;
        apply(email, Map.of("company", company.value().toString()));
        String id = requestId(email);

        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(Pages.joined(admin, "/review")).contains(email);
        admin.get("/review/" + id);
        admin.post(
                "/review/" + id + "/approve", Map.of("company", company.value().toString()));
        assertThat(admin.get("/review/" + id).body()).contains("must release it first");
        assertThat(status(email)).isEqualTo("UNDER_REVIEW");

        var previousReviewer = reviewerOf(previous);
        previousReviewer.get("/distributor/" + previous.value() + "/partners");
        previousReviewer.post(
                "/distributor/" + previous.value() + "/partners/" + company.value() + "/release",
                Map.of("reason", "moved to " + tag));

        admin.get("/review/" + id);
        admin.post(
                "/review/" + id + "/approve", Map.of("company", company.value().toString()));
        assertThat(status(email)).isEqualTo("APPROVED");
        assertThat(partners.currentAssociation(company).orElseThrow().distributorId())
                .isEqualTo(distributor);
    }

    @Test
    void aVendorAdminRejectsAFlaggedDomainsRequest() throws Exception {
        String domain = "flagged-" + tag + ".com";
        jdbc.sql("INSERT INTO domain_rule (domain, kind, created_by) VALUES (:d, 'FLAG', 'test')")
                .param("d", domain)
                .update();
        String email = "leo@" + domain;
        apply(email, Map.of("companyName", "Flagged Inc", "country", "US"));
        String id = requestId(email);
        var distributorReviewer = reviewerOf(distributor);
        assertThat(distributorReviewer.get("/review/" + id).statusCode())
                .as("vendor-routed requests are the vendor's")
                .isEqualTo(404);

        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(Pages.joined(admin, "/review")).contains(email);
        admin.get("/review/" + id);
        admin.post("/review/" + id + "/reject", Map.of("reason", "Not a reseller of ours."));
        assertThat(status(email)).isEqualTo("REJECTED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("Not a reseller of ours.")));
    }

    private void apply(String email, Map<String, String> company) throws Exception {
        RegistrationSteps.apply(port, slug, email, company);
    }

    private HttpSession reviewerOf(DistributorId distributorId) throws Exception {
        var session = new HttpSession(port);
        session.logIn(testAccounts.distributorReviewer(distributorId), TestAccounts.PASSWORD);
        return session;
    }

    private String requestId(String email) {
        return jdbc.sql("SELECT id FROM access_request WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single()
                .toString();
    }

    private int audited(String action, String target) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND target_id = :t")
                .param("a", action)
                .param("t", target)
                .query(Integer.class)
                .single();
    }

    private int accounts(String email) {
        return jdbc.sql("SELECT count(*) FROM account WHERE email = :e")
                .param("e", email)
                .query(Integer.class)
                .single();
    }

    private String status(String email) {
        return jdbc.sql("SELECT status FROM access_request WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single();
    }
}
