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
