package com.partnerportal.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.shared.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R2.1–R2.3 end to end: domains, entitlement imports, releases, and who may see what. */
@PortalTest
class PartnersFlowTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @LocalServerPort
    int port;

    @Test
    void aDomainBelongsToOneCompanyWhateverItsSpelling() {
        String domain = "unique-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        partners.registerCompany("First SA", "FR", Set.of("mail." + domain.toUpperCase() + "."));
        assertThatThrownBy(() -> partners.registerCompany("Second SA", "FR", Set.of(domain)))
                .isInstanceOf(Partners.DomainTakenException.class);

        String idn = "société-" + UUID.randomUUID().toString().substring(0, 6) + ".fr";
        partners.registerCompany("Société SA", "FR", Set.of(idn));
        assertThatThrownBy(() -> partners.registerCompany("Copie SA", "FR", Set.of(java.net.IDN.toASCII(idn))))
                .isInstanceOf(Partners.DomainTakenException.class);
    }

    @Test
    void twoCompaniesRegisteredAtOnceForOneDomainMakeOneCompany() throws Exception {
        String domain = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        partners.registerCompany("Racer " + n, "CA", Set.of(domain));
                        return true;
                    } catch (Partners.DomainTakenException taken) {
                        return false;
                    }
                }));
            }
            start.countDown();
        }
        long created = 0;
        for (var result : results) {
            created += result.get() ? 1 : 0;
        }
        assertThat(created).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM company_domain WHERE domain = :d")
                        .param("d", domain)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void reImportingTheSameListChangesNothingAndChangedRowsAreUpdated() {
        var distributor = testAccounts.distributor();
        var csv = new StringBuilder("customer_id,company_name,country,domains\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("K")
                    .append(i)
                    .append(",Partner ")
                    .append(i)
                    .append(",CA,p")
                    .append(i)
                    .append("-")
                    .append(distributor.value().toString(), 0, 8)
                    .append(".com\n");
        }
        csv.append("BAD,,CA,x.com\n");
        var first =
                partners.importEntitlements(distributor, csv.toString(), "test").orElseThrow();
        assertThat(first).isEqualTo(new Partners.ImportCounts(10_000, 0, 0, 1));

        var again =
                partners.importEntitlements(distributor, csv.toString(), "test").orElseThrow();
        assertThat(again).isEqualTo(new Partners.ImportCounts(0, 0, 10_000, 1));

        String changed = csv.toString().replace("K5,Partner 5,", "K5,Partner Five,");
        assertThat(partners.importEntitlements(distributor, changed, "test").orElseThrow())
                .isEqualTo(new Partners.ImportCounts(0, 1, 9_999, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM entitlement WHERE distributor_id = :d")
                        .param("d", distributor.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(10_000);
    }

    @Test
    void aFileWithProblemsChangesNothingUntilTheValidRowsAreConfirmedOnce() throws Exception {
        var distributor = testAccounts.distributor();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        String base = "/distributor/" + distributor.value() + "/entitlements";
        reviewer.get(base + "/import");

        var report = reviewer.postFile(
                base + "/import",
                "list.csv",
                "customer_id,company_name,country,domains\nA1,Alpha,CA,alpha-test.ca\nA2,Beta,XX,beta-test.ca\n");
        assertThat(report.body())
                .contains("Nothing was applied: 1 rows have problems")
                .contains("Enter a two-letter ISO");
        assertThat(count(distributor)).isZero();

        var nul = reviewer.postFile(
                base + "/import", "nul.csv", "customer_id,company_name,country,domains\nA\u0000,B,CA,c.ca\n");
        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(nul.body()).contains("could not be read as CSV");

        String confirm = report.body().replaceAll("(?s).*action=\"([^\"]*/confirm)\".*", "$1");
        assertThat(reviewer.post(confirm, Map.of()).body()).contains("The list was updated.");
        assertThat(count(distributor)).isEqualTo(1);
        assertThat(reviewer.post(confirm, Map.of()).statusCode()).isEqualTo(404);
        assertThat(count(distributor)).isEqualTo(1);
    }

    @Test
    void theConsoleFormSavesAnEntitlementAndSaysWhatIsWrongWithEachField() throws Exception {
        var distributor = testAccounts.distributor();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        String base = "/distributor/" + distributor.value() + "/entitlements";
        reviewer.get(base + "/edit");

        var refused = reviewer.post(
                base, Map.of("customerId", "F-1", "companyName", "", "country", "XX", "domains", "co.uk"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"companyName-error\"")
                .contains("id=\"country-error\"")
                .contains("id=\"domains-error\"")
                .contains("Enter a two-letter ISO")
                .contains("value=\"F-1\"");
        assertThat(count(distributor)).isZero();

        var saved = reviewer.post(
                base,
                Map.of("customerId", "F-1", "companyName", "Form Corp", "country", "ca", "domains", "form-corp.ca"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(count(distributor)).isEqualTo(1);
        assertThat(reviewer.get(base + "/edit?customerId=F-1").body())
                .contains("value=\"Form Corp\"")
                .contains("value=\"form-corp.ca\"")
                .contains("value=\"CA\"");
    }

    @Test
    void theVendorAddsAndEditsADistributorAndIsToldWhatIsWrongWithEachField() throws Exception {
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/distributors");
        String slug = "form-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var refused = admin.post("/admin/distributors", Map.of("name", "", "slug", "Not A Slug", "supportEmail", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"name-error\"")
                .contains("id=\"slug-error\"")
                .contains("lower-case letters, digits and dashes");
        assertThat(partners.distributor(slug)).isEmpty();

        var created = admin.post("/admin/distributors", Map.of("name", "Form Distribution", "slug", slug));
        assertThat(created.statusCode()).isEqualTo(302);
        var distributor = partners.distributor(slug).orElseThrow();
        var taken = admin.post("/admin/distributors", Map.of("name", "Again", "slug", slug));
        assertThat(taken.body()).contains("Another distributor already uses this slug.");

        String page = "/admin/distributors/" + distributor.id().value();
        assertThat(admin.get(page).body()).contains("value=\"Form Distribution\"");
        var badEdit = admin.post(page, Map.of("name", "", "contactPhone", "x".repeat(51), "active", "true"));
        assertThat(badEdit.body()).contains("id=\"name-error\"").contains("id=\"contactPhone-error\"");
        assertThat(partners.distributor(slug).orElseThrow().name()).isEqualTo("Form Distribution");
        admin.post(page, Map.of("name", "Form Distribution Ltd", "contactName", "Rita", "active", "true"));
        var saved = partners.distributor(slug).orElseThrow();
        assertThat(saved.name()).isEqualTo("Form Distribution Ltd");
        assertThat(saved.contactName()).isEqualTo("Rita");
        assertThat(saved.active()).isTrue();
    }

    @Test
    void theConsoleCreatesANamedApiKeyAndShowsItsSecretOnce() throws Exception {
        var distributor = testAccounts.distributor();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        String base = "/distributor/" + distributor.value() + "/api-keys";
        reviewer.get(base);
        var refused = reviewer.post(base, Map.of("name", "  "));
        assertThat(refused.body()).contains("id=\"name-error\"").contains("Give the key a name of at most 100");
        var created = reviewer.post(base, Map.of("name", "ERP sync"));
        var secret = java.util.regex.Pattern.compile("id=\"new-key\" readonly value=\"(ppk_[^\"]+)\"")
                .matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        assertThat(created.body()).contains("ERP sync");
        assertThat(reviewer.get(base).body()).contains("ERP sync").doesNotContain(secret.group(1));
    }

    @Test
    void aReviewerSeesOnlyTheirDistributor() throws Exception {
        var own = testAccounts.distributor();
        var other = testAccounts.distributor();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(own), TestAccounts.PASSWORD);

        assertThat(reviewer.get("/distributor/" + own.value() + "/entitlements").statusCode())
                .isEqualTo(200);
        for (String page : new String[] {"/entitlements", "/partners", "/entitlements/import", "/entitlements/edit"}) {
            assertThat(reviewer.get("/distributor/" + other.value() + page).statusCode())
                    .as(page)
                    .isEqualTo(404);
        }
        assertThat(reviewer.get("/admin/companies").statusCode()).isEqualTo(403);

        var partnerUser = new HttpSession(port);
        partnerUser.logIn(testAccounts.partnerUser(testAccounts.company("Nosy Ltd")), TestAccounts.PASSWORD);
        assertThat(partnerUser
                        .get("/distributor/" + own.value() + "/entitlements")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReleaseEndsTheAssociationKeepsTheHistoryAndTellsTheVendor() throws Exception {
        var from = testAccounts.distributor();
        var to = testAccounts.distributor();
        var company = testAccounts.company("Moving Partners Inc");
        partners.associate(company, from, "OLD-1", "test");
        assertThatThrownBy(() -> partners.associate(company, to, "NEW-1", "test"))
                .isInstanceOf(Partners.AssociatedElsewhereException.class);

        var otherReviewer = new HttpSession(port);
        otherReviewer.logIn(testAccounts.distributorReviewer(to), TestAccounts.PASSWORD);
        otherReviewer.get("/distributor/" + to.value() + "/partners");
        assertThat(otherReviewer
                        .post(
                                "/distributor/" + from.value() + "/partners/" + company.value() + "/release",
                                Map.of("reason", "not mine"))
                        .statusCode())
                .isEqualTo(404);

        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(from), TestAccounts.PASSWORD);
        assertThat(reviewer.get("/distributor/" + from.value() + "/partners").body())
                .contains("Moving Partners Inc");
        var released = reviewer.post(
                "/distributor/" + from.value() + "/partners/" + company.value() + "/release",
                Map.of("reason", "Now buys through another distributor"));
        assertThat(released.statusCode()).isEqualTo(302);

        assertThat(partners.currentAssociation(company)).isEmpty();
        partners.associate(company, to, "NEW-1", "test");
        var history = partners.associationHistory(company);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).endReason()).isEqualTo("Now buys through another distributor");
        assertThat(history.get(1).endedBy()).startsWith("reviewer.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, "partner-ops@sentinelone.example").stream()
                        .anyMatch(m -> Mailbox.text(m).contains("Moving Partners Inc")));
    }

    @Test
    void consoleMethodsRefuseCallersWithoutScope() {
        assertThatThrownBy(() -> partners.consoleOf(null, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private long count(DistributorId distributor) {
        return jdbc.sql("SELECT count(*) FROM entitlement WHERE distributor_id = :d")
                .param("d", distributor.value())
                .query(Long.class)
                .single();
    }
}
