package com.partnerportal.mycompany;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** R11.1: partner administrators — who becomes one, what they see, whom they invite and disable, and whom not. */
@PortalTest
class CompanyAdministratorsTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @LocalServerPort
    int port;

    @Test
    void theFirstApprovedUserOfACompanyBecomesItsAdministratorOnceEvenWhenApprovalsRace() throws Exception {
        var company = testAccounts.company("Racing " + UUID.randomUUID());
        String domain = domainOf(company);
        var start = new CountDownLatch(1);
        List<Future<AccountId>> invited = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String email = "user" + i + "@" + domain;
                invited.add(pool.submit(() -> {
                    start.await();
                    return testAccounts.invitePartnerUser(company, email, Locale.ENGLISH);
                }));
            }
            start.countDown();
        }
        for (var each : invited) {
            each.get();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE company_id = :c AND company_admin")
                        .param("c", company.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String later = testAccounts.partnerUser(company);
        assertThat(accounts.findByEmail(later).orElseThrow().companyAdmin()).isFalse();
    }

    @Test
    void anAdministratorInvitesAColleagueWhoChoosesAPasswordAndLogsIn() throws Exception {
        var company = testAccounts.company("Inviting " + UUID.randomUUID());
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        var page = admin.get("/company");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Invite a colleague").contains(domainOf(company));

        String colleague = "colleague@" + domainOf(company);
        var invited = admin.post(
                "/company/invite",
                Map.of("email", colleague, "firstName", "Chloé", "lastName", "Gagnon", "language", "fr"));
        assertThat(invited.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !Mailbox.to(greenMail, colleague).isEmpty());
        String link = Mailbox.link(Mailbox.to(greenMail, colleague).getFirst(), "/account/activate");
        String path = link.replaceFirst("^https?://[^/]+", "");
        var browser = new HttpSession(port);
        browser.get(path);
        String password = "a fine long passphrase of hers";
        browser.post(
                "/account/activate",
                Map.of("token", path.replaceFirst(".*token=", ""), "password", password, "confirmation", password));
        assertThat(new HttpSession(port).logIn(colleague, password)).endsWith("/");
        var account = accounts.findByEmail(colleague).orElseThrow();
        assertThat(account.companyId()).isEqualTo(company.value());
        assertThat(account.companyAdmin()).isFalse();
        assertThat(account.locale().getLanguage()).isEqualTo("fr");
        assertThat(admin.get("/company").body()).contains("Chloé Gagnon");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'account.invited' AND target_id = :id")
                        .param("id", account.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void invitationsOutsideTheCompanysDomainsOrToKnownAddressesAreRefusedAndNothingIsCreated() throws Exception {
        var company = testAccounts.company("Careful " + UUID.randomUUID());
        var other = testAccounts.company("Other " + UUID.randomUUID());
        String known = testAccounts.partnerUser(company);
        var admin = new HttpSession(port);
        admin.logIn(known, TestAccounts.PASSWORD);
        admin.get("/company");
        for (var refusal : Map.of(
                        "someone@gmail.com",
                        "public or disposable mail provider",
                        "someone@mailinator.com",
                        "public or disposable mail provider",
                        "someone@" + domainOf(other),
                        "not at one of your company",
                        known,
                        "already has an account",
                        "not an address",
                        "Enter the colleague",
                        "a@b",
                        "Enter the colleague")
                .entrySet()) {
            var answer = admin.post(
                    "/company/invite",
                    Map.of("email", refusal.getKey(), "firstName", "X", "lastName", "Y", "language", "en"));
            assertThat(answer.statusCode()).as(refusal.getKey()).isEqualTo(200);
            assertThat(answer.body()).as(refusal.getKey()).contains(refusal.getValue());
        }
        var answer = admin.post(
                "/company/invite",
                Map.of("email", "ok@" + domainOf(company), "firstName", "X", "lastName", "Y", "language", "de"));
        assertThat(answer.body()).contains("Choose English or French");
        assertThat(accounts.usersOf(company)).hasSize(1);
    }

    @Test
    void aDisabledColleaguesOpenSessionIsRefusedAtItsNextRequest() throws Exception {
        var company = testAccounts.company("Leavers " + UUID.randomUUID());
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        String leaver = testAccounts.partnerUser(company);
        var leaverSession = new HttpSession(port);
        leaverSession.logIn(leaver, TestAccounts.PASSWORD);
        assertThat(leaverSession.get("/university").statusCode()).isEqualTo(200);
        UUID leaverId = accounts.findByEmail(leaver).orElseThrow().id().value();

        admin.get("/company");
        assertThat(admin.post("/company/users/" + leaverId + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(302);

        var next = leaverSession.get("/university");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(new HttpSession(port).logIn(leaver, TestAccounts.PASSWORD)).doesNotEndWith("/");
        assertThat(admin.get("/company").body()).contains("Disabled");

        admin.post("/company/users/" + leaverId + "/enable", Map.of());
        assertThat(new HttpSession(port).logIn(leaver, TestAccounts.PASSWORD)).endsWith("/");
    }

    @Test
    void anAdministratorReachesNoOtherCompanyNorAnyVendorOrDistributorAccount() throws Exception {
        var mine = testAccounts.company("Mine " + UUID.randomUUID());
        var theirs = testAccounts.company("Theirs " + UUID.randomUUID());
        var admin = new HttpSession(port);
        String adminEmail = testAccounts.partnerUser(mine);
        admin.logIn(adminEmail, TestAccounts.PASSWORD);
        testAccounts.partnerUser(theirs);
        String theirUser = testAccounts.partnerUser(theirs);
        String vendor = testAccounts.vendorAdmin();
        String reviewer = testAccounts.distributorReviewer(testAccounts.distributor());
        admin.get("/company");
        for (String target : List.of(theirUser, vendor, reviewer, adminEmail)) {
            UUID id = accounts.findByEmail(target).orElseThrow().id().value();
            assertThat(admin.post("/company/users/" + id + "/disable", Map.of()).statusCode())
                    .as(target)
                    .isEqualTo(404);
            assertThat(accounts.findByEmail(target).orElseThrow().enabled()).isTrue();
        }
        assertThat(admin.post("/company/users/" + UUID.randomUUID() + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/admin/users").statusCode()).isIn(403, 404);

        var notAdmin = new HttpSession(port);
        notAdmin.logIn(testAccounts.partnerUser(mine), TestAccounts.PASSWORD);
        assertThat(notAdmin.get("/company").statusCode()).isEqualTo(404);
        var reviewerSession = new HttpSession(port);
        reviewerSession.logIn(reviewer, TestAccounts.PASSWORD);
        assertThat(reviewerSession.get("/company").statusCode()).isEqualTo(404);
    }

    @Test
    void theVendorNamesAndRemovesPartnerAdministratorsAudited() throws Exception {
        var company = testAccounts.company("Named " + UUID.randomUUID());
        testAccounts.partnerUser(company);
        String second = testAccounts.partnerUser(company);
        UUID id = accounts.findByEmail(second).orElseThrow().id().value();
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        vendor.get("/admin/users/" + id);
        vendor.post("/admin/users/" + id + "/company-admin", Map.of("admin", "true"));
        assertThat(accounts.findByEmail(second).orElseThrow().companyAdmin()).isTrue();
        var secondSession = new HttpSession(port);
        secondSession.logIn(second, TestAccounts.PASSWORD);
        assertThat(secondSession.get("/company").statusCode()).isEqualTo(200);

        vendor.post("/admin/users/" + id + "/company-admin", Map.of("admin", "false"));
        assertThat(accounts.findByEmail(second).orElseThrow().companyAdmin()).isFalse();
        assertThat(secondSession.get("/company").statusCode())
                .as("checked at each request")
                .isEqualTo(404);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE target_id = :id AND action LIKE 'account.company-admin-%'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private String domainOf(CompanyId company) {
        return partners.company(company).orElseThrow().domains().iterator().next();
    }
}
