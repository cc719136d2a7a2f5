package com.partnerportal.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.catalogue.Audience;
import com.partnerportal.catalogue.NewResource;
import com.partnerportal.catalogue.ResourceType;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.WonForm;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.Caller;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R3.8, R5, R6, R7.1 at a glance: the dashboards show what the data says, and each distributor sees only its own. */
@PortalTest
class DashboardTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Resources resources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deals deals;

    @LocalServerPort
    int port;

    private DistributorId distributor;
    private CompanyId full;
    private CompanyId idle;
    private HttpSession reviewer;
    private String resourceTitle;

    @BeforeEach
    void generatedData() throws Exception {
        distributor = testAccounts.distributor();
        full = testAccounts.company("Full Seats " + UUID.randomUUID().toString().substring(0, 4));
        idle = testAccounts.company("Idle Seats");
        partners.associate(full, distributor, "F-1", "t");
        partners.associate(idle, distributor, "I-1", "t");
        jdbc.sql("UPDATE company SET technical_seat_override = 2 WHERE id = :c")
                .param("c", full.value())
                .update();
        List<String> fullUsers =
                List.of(testAccounts.partnerUser(full), testAccounts.partnerUser(full), testAccounts.partnerUser(full));
        testAccounts.partnerUser(idle);
        for (String user : fullUsers.subList(0, 2)) {
            var session = logIn(user);
            session.get("/university");
            session.post("/university/launch", Map.of());
        }
        request("APPROVED", "ENTITLED", "automatic", 3);
        request("APPROVED", "APPROVED_BY_REVIEWER", "rita@distributor.example", 1);
        request("UNDER_REVIEW", "NOT_ENTITLED", null, 2);
        request("REJECTED", "FREE_PROVIDER", "automatic", 1);

        resourceTitle = "Dashboard deck " + UUID.randomUUID().toString().substring(0, 6);
        UUID resource = resources.publishLink(new NewResource(
                resourceTitle,
                "D",
                ResourceType.PRESENTATION,
                Audience.SALES,
                "en",
                List.of(),
                LocalDate.now(),
                "https://decks.example/d"));
        UUID someone = accountId(fullUsers.get(2));
        for (CompanyId company : List.of(full, full, idle)) {
            jdbc.sql("INSERT INTO resource_download (resource_id, account_id, company_id) VALUES (:r, :a, :c)")
                    .param("r", resource)
                    .param("a", someone)
                    .param("c", company.value())
                    .update();
        }
        var asker = logIn(fullUsers.get(2));
        asker.get("/support/new");
        asker.post("/support/new", Map.of("category", "OTHER", "subject", "Dashboards?", "description", "Where?"));

        reviewer = logIn(testAccounts.distributorReviewer(distributor));
    }

    @Test
    void aDistributorsFiguresAreExactlyItsOwn() throws Exception {
        String base = "/distributor/" + distributor.value() + "/dashboard";
        var funnel = csv(reviewer, base + "/funnel.csv");
        assertThat(funnel).hasSize(1);
        assertThat(values(funnel.getFirst())).containsExactly(3L, 1L, 2L, 1L);
        assertThat(byCategory(csv(reviewer, base + "/reasons.csv")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "On the entitlement list", 3L,
                        "Not on the entitlement list", 2L,
                        "Approved by a reviewer", 1L,
                        "Free email provider", 1L));
        assertThat(byCategory(csv(reviewer, base + "/seats.csv")))
                .containsExactlyEntriesOf(ordered("All seats taken", 1L, "Some seats taken", 0L, "No seat taken", 1L));
        assertThat(byCategory(csv(reviewer, base + "/downloads.csv")))
                .containsExactlyEntriesOf(Map.of(resourceTitle, 3L));
        var support = csv(reviewer, base + "/support.csv");
        assertThat(support).hasSize(1);
        assertThat(support.getFirst().get(0)).isEqualTo("Other");
        assertThat(values(support.getFirst())).containsExactly(1L, 0L, 0L, 0L);

        String page = reviewer.get(base).body();
        assertThat(page).contains("Active partner companies").contains("class=\"dashboard-chart\"");
        assertThat(figure(page, "Active partner companies")).isEqualTo("2");
        assertThat(figure(page, "Partner users")).isEqualTo("4");
        assertThat(figure(page, "Requests waiting for review")).isEqualTo("2");
        assertThat(figure(page, "Open support requests")).isEqualTo("1");

        String drill = reviewer.get(base + "/companies/" + full.value()).body();
        assertThat(drill).contains("2 / 2");
    }

    @Test
    void theVendorsFiguresMatchCountsTakenStraightFromTheTables() throws Exception {
        var admin = logIn(testAccounts.vendorAdmin());
        long users = jdbc.sql("SELECT count(*) FROM account WHERE role = 'PARTNER_USER' AND enabled")
                .query(Long.class)
                .single();
        long underReview = jdbc.sql("SELECT count(*) FROM access_request WHERE status = 'UNDER_REVIEW'")
                .query(Long.class)
                .single();
        String page = admin.get("/admin/dashboard").body();
        assertThat(figure(page, "Partner users")).isEqualTo(String.format("%,d", users));
        assertThat(figure(page, "Requests waiting for review")).isEqualTo(String.format("%,d", underReview));

        long submitted = jdbc.sql("SELECT count(*) FROM access_request WHERE created_at >= current_date - 89")
                .query(Long.class)
                .single();
        long shown = csv(admin, "/admin/dashboard/funnel.csv").stream()
                .mapToLong(
                        row -> values(row).stream().mapToLong(Long::longValue).sum())
                .sum();
        assertThat(shown).isEqualTo(submitted);
        long rejected = jdbc.sql("SELECT count(*) FROM access_request WHERE status = 'REJECTED'"
                        + " AND created_at >= current_date - 89")
                .query(Long.class)
                .single();
        assertThat(csv(admin, "/admin/dashboard/distributors.csv").stream()
                        .mapToLong(row -> values(row).get(2))
                        .sum())
                .isLessThanOrEqualTo(rejected);
        assertThat(admin.get("/admin/dashboard?from=garbage&to=2026-13-45").body())
                .contains("A date could not be read; the usual period is shown.");
        assertThat(admin.get("/admin/dashboard/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void othersGetNotFound() throws Exception {
        String base = "/distributor/" + distributor.value() + "/dashboard";
        var otherReviewer = logIn(testAccounts.distributorReviewer(testAccounts.distributor()));
        assertThat(otherReviewer.get(base).statusCode()).isEqualTo(404);
        assertThat(otherReviewer.getBytes(base + "/funnel.csv").statusCode()).isEqualTo(404);
        assertThat(otherReviewer.get(base + "/companies/" + full.value()).statusCode())
                .isEqualTo(404);
        var stranger = testAccounts.company("Not Theirs");
        assertThat(reviewer.get(base + "/companies/" + stranger.value()).statusCode())
                .isEqualTo(404);
        var partner = logIn(testAccounts.partnerUser(full));
        assertThat(partner.get("/admin/dashboard").statusCode()).isEqualTo(403);
        assertThat(partner.get(base).statusCode()).isIn(403, 404);
    }

    private void request(String status, String reason, String decidedBy, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO access_request (id, distributor_id, email, domain, status, reason_code, reason_text,
                        decided_by, decided_at)
                    VALUES (:id, :d, :email, 'dash.example', :status, :reason, 'generated', :by,
                        CASE WHEN :status = 'UNDER_REVIEW' THEN NULL ELSE now() END)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("d", distributor.value())
                    .param("email", "a" + UUID.randomUUID().toString().substring(0, 8) + "@dash.example")
                    .param("status", status)
                    .param("reason", reason)
                    .param("by", decidedBy)
                    .update();
        }
    }

    @Test
    void dealFiguresForThePartnerItsDistributorAndNoOneElse() throws Exception {
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", product)
                .param("name", "Dashboard product " + product)
                .update();
        var seller = Caller.partner(testAccounts.partnerUser(full), full.value());
        var vendor = Caller.vendor("olivia@sentinelone.example");
        List<UUID> approved = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID deal = deals.register(seller, dealForm(product, "USD", "1000"), true);
            deals.act(vendor, deal, Deals.Action.DISTRIBUTOR_APPROVE, null);
            deals.act(vendor, deal, Deals.Action.APPROVE, null);
            approved.add(deal);
        }
        deals.won(seller, approved.get(0), new WonForm("1500", LocalDate.now().toString()));
        deals.won(seller, approved.get(1), new WonForm("2500", LocalDate.now().toString()));
        deals.act(seller, approved.get(2), Deals.Action.LOST, "Budget cut");
        jdbc.sql("UPDATE deal_registration SET expires_at = now() + interval '5 days' WHERE id = :d")
                .param("d", approved.get(3))
                .update();
        deals.register(seller, dealForm(product, "EUR", "700"), true);

        String base = "/distributor/" + distributor.value() + "/dashboard";
        var pipeline = csv(reviewer, base + "/dealPipeline.csv");
        assertThat(pipeline.stream().map(row -> row.get(0)).toList())
                .containsExactly("Submitted", "Approved", "Won", "Lost");
        assertThat(pipeline.getFirst().toList()).containsExactly("Submitted", "1");
        var value = csv(reviewer, base + "/dealValue.csv");
        assertThat(value.getFirst().toList()).containsExactly("Submitted", "700", "0");
        assertThat(value.get(2).toList()).as("won at their final value").containsExactly("Won", "0", "4000");
        assertThat(csv(reviewer, base + "/dealWinRate.csv").getFirst().get(1)).isEqualTo("67");
        assertThat(byCategory(csv(reviewer, base + "/dealExpiring.csv")))
                .containsExactly(
                        Map.entry("Within 7 days", 1L),
                        Map.entry("In 8 to 14 days", 0L),
                        Map.entry("In 15 to 30 days", 0L));
        assertThat(csv(reviewer, base + "/dealDecisions.csv")).hasSize(2);

        var partner = logIn(testAccounts.partnerUser(full));
        assertThat(partner.get("/deals/dashboard").body())
                .contains("Deal registration figures")
                .contains("Win rate per month");
        assertThat(csv(partner, "/deals/dashboard/dealOutcomes.csv").getFirst().toList())
                .containsExactly(LocalDate.now().toString().substring(0, 7), "2", "1");
        var other = logIn(testAccounts.partnerUser(idle));
        assertThat(csv(other, "/deals/dashboard/dealPipeline.csv"))
                .as("another company's figures")
                .isEmpty();
        assertThat(reviewer.get("/deals/dashboard").statusCode()).isEqualTo(404);
        assertThat(partner.getBytes("/deals/dashboard/funnel.csv").statusCode()).isEqualTo(404);
    }

    private static DealForm dealForm(UUID product, String currency, String value) {
        String domain = "dash-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        return new DealForm(
                "Dashboard Customer",
                domain,
                "CA",
                "Ada Buyer",
                "ada@" + domain,
                null,
                List.of(product.toString()),
                currency,
                value,
                LocalDate.now().plusMonths(2).toString(),
                null,
                null);
    }

    private List<CSVRecord> csv(HttpSession session, String path) throws Exception {
        var response = session.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        var records = CSVFormat.DEFAULT
                .parse(new StringReader(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        return records.subList(1, records.size());
    }

    private static List<Long> values(CSVRecord row) {
        return row.stream().skip(1).map(Long::parseLong).toList();
    }

    private static Map<String, Long> byCategory(List<CSVRecord> rows) {
        Map<String, Long> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.get(0), Long.parseLong(row.get(1))));
        return map;
    }

    private static Map<String, Long> ordered(String k1, Long v1, String k2, Long v2, String k3, Long v3) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }

    private static String figure(String page, String label) {
        int at = page.indexOf(label + "</p>");
        int start = page.indexOf(">", page.indexOf("<p class=\"h3", at)) + 1;
        return page.substring(start, page.indexOf("</p>", start)).strip();
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        return session;
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }
}
