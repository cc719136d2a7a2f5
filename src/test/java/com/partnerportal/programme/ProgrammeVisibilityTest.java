package com.partnerportal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.internal.LevelComputation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.ApiCalls;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R10.2 where others read it: a distributor reads its partners' levels through the API and never
 * another distributor's partner's (404, R8.3); the vendor's and the distributor's dashboards chart
 * companies per level and the moves per month, each as CSV.
 */
@PortalTest
class ProgrammeVisibilityTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    LevelComputation computation;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String tag;
    private String myKey;
    private CompanyId myPartner;
    private CompanyId theirPartner;
    private String reviewer;
    private UUID distributor;
    private UUID level;

    @BeforeEach
    void aPartnerSetToALevelByTheVendor() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 6);
        var mine = testAccounts.distributor();
        var theirs = testAccounts.distributor();
        distributor = mine.value();
        myKey = partners.createApiKey(partners.distributor(mine).orElseThrow(), "CRM", "test")
                .secret();
        myPartner = testAccounts.company("Levelled Partner " + tag);
        theirPartner = testAccounts.company("Other Partner " + tag);
        partners.associate(myPartner, mine, "L-" + tag, "test");
        partners.associate(theirPartner, theirs, "O-" + tag, "test");
        reviewer = testAccounts.distributorReviewer(mine);
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/programme");
        level = jdbc.sql("SELECT id FROM programme_level WHERE retired_at IS NULL ORDER BY rank LIMIT 1")
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    try {
                        admin.post(
                                "/admin/programme/levels",
                                Map.of(
                                        "nameEn",
                                        "Base",
                                        "nameFr",
                                        "Base",
                                        "technicalSeats",
                                        "5",
                                        "protectionDays",
                                        "90"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return jdbc.sql("SELECT id FROM programme_level WHERE name_en = 'Base'")
                            .query(UUID.class)
                            .single();
                });
        var set = admin.post(
                "/admin/companies/" + myPartner.value() + "/level",
                Map.of(
                        "level",
                        level.toString(),
                        "reason",
                        "Pilot partner",
                        "until",
                        LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()));
        assertThat(set.statusCode()).isEqualTo(302);
        computation.recompute(List.of(theirPartner), "test");
    }

    @Test
    void aDistributorReadsItsPartnersLevelsAndNoOtherDistributorsPartner() throws Exception {
        String name = jdbc.sql("SELECT name_en FROM programme_level WHERE id = :id")
                .param("id", level)
                .query(String.class)
                .single();
        var page = ApiCalls.call(port, "GET", "/api/v1/partners/levels?search=" + tag, myKey, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Levelled Partner " + tag)
                .contains("\"nameEn\":\"" + name + "\"")
                .doesNotContain("Other Partner " + tag);

        var one = ApiCalls.call(port, "GET", "/api/v1/partners/" + myPartner.value() + "/level", myKey, null);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body()).contains("\"level\":{").contains("\"pendingDowngrade\":null");

        var theirs = ApiCalls.call(port, "GET", "/api/v1/partners/" + theirPartner.value() + "/level", myKey, null);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(ApiCalls.call(port, "GET", "/api/v1/partners/" + UUID.randomUUID() + "/level", myKey, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/partners/not-a-company/level", myKey, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/partners/levels?page=-1", myKey, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/partners/levels", null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/programme/levels", myKey, null)
                        .body())
                .contains("\"rank\":1");
    }

    @Test
    void theDashboardsChartCompaniesPerLevelAndTheirMoves() throws Exception {
        String name = jdbc.sql("SELECT name_en FROM programme_level WHERE id = :id")
                .param("id", level)
                .query(String.class)
                .single();
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(admin.get("/admin/dashboard").body())
                .contains("Companies per programme level now")
                .contains("Programme level moves per month");
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        assertThat(admin.get("/admin/dashboard/levelMoves.csv").body()).contains(month);

        var console = new HttpSession(port);
        console.logIn(reviewer, TestAccounts.PASSWORD);
        var levels = console.get("/distributor/" + distributor + "/dashboard/levels.csv");
        assertThat(levels.statusCode()).isEqualTo(200);
        assertThat(levels.body()).as("its one partner, at the level set").contains(name + ",1");
        assertThat(console.get("/distributor/" + distributor + "/dashboard").body())
                .contains("Companies per programme level now");
    }
}
