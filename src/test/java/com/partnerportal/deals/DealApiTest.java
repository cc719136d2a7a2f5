package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.deals.internal.Deals;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.ApiCalls;
import partnerportal.testing.Caller;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.8: a distributor lists, reads, registers (for its current partners only) and reviews deal
 * registrations through the API, as in the portal; another distributor's key gets 404 for all of
 * it (R9.6); bad requests get problem details, change nothing, and never a 500.
 */
@PortalTest
class DealApiTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deals deals;

    @LocalServerPort
    int port;

    private String myKey;
    private String theirKey;
    private CompanyId myPartner;
    private CompanyId theirPartner;
    private String product;
    private String tag;

    @BeforeEach
    void twoDistributorsWithAPartnerEach() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        var mine = testAccounts.distributor();
        var theirs = testAccounts.distributor();
        myKey = partners.createApiKey(partners.distributor(mine).orElseThrow(), "CRM", "test")
                .secret();
        theirKey = partners.createApiKey(partners.distributor(theirs).orElseThrow(), "CRM", "test")
                .secret();
        myPartner = testAccounts.company("API Partner " + tag);
        theirPartner = testAccounts.company("Their Partner " + tag);
        partners.associate(myPartner, mine, "M-" + tag, "test");
        partners.associate(theirPartner, theirs, "T-" + tag, "test");
        product = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (CAST(:id AS uuid), :name)")
                .param("id", product)
                .param("name", "API product " + tag)
                .update();
    }

    @Test
    void aDistributorRegistersForItsPartnerAndNoOtherDistributorSeesIt() throws Exception {
        var created = call("POST", "/api/v1/deals", myKey, body(myPartner, "\"submit\":true"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"VENDOR_REVIEW\"").contains("API Partner " + tag);
        String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");

        assertThat(call("GET", "/api/v1/deals/" + id, myKey, null).body()).contains("\"history\"");
        assertThat(call("GET", "/api/v1/deals?status=vendor_review", myKey, null)
                        .body())
                .contains(id);
        var denied = call("GET", "/api/v1/deals/" + id, theirKey, null);
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(denied.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(call("GET", "/api/v1/deals", theirKey, null).body()).doesNotContain(id);
        assertThat(call("POST", "/api/v1/deals/" + id + "/reject", theirKey, "{}")
                        .statusCode())
                .isEqualTo(404);

        var again = call("POST", "/api/v1/deals/" + id + "/approve", myKey, "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"registrationStatus\":\"VENDOR_REVIEW\"");
        assertThat(call("GET", "/api/v1/deal-products", myKey, null).body()).contains(product);
    }

    @Test
    void theDistributorTakesItsReviewStepAndSendsBackWithAReason() throws Exception {
        String own = location(call("POST", "/api/v1/deals", myKey, body(myPartner, "\"submit\":false")));
        assertThat(status(own)).isEqualTo("DRAFT");
        assertThat(call("POST", "/api/v1/deals/" + own + "/submit", myKey, null).statusCode())
                .isEqualTo(200);
        assertThat(status(own))
                .as("what the distributor registers needs no review by it")
                .isEqualTo("VENDOR_REVIEW");
        assertThat(call("POST", "/api/v1/deals/" + own + "/request-information", myKey, "{}")
                        .statusCode())
                .as("the vendor's step now")
                .isEqualTo(409);

        var partner = Caller.partner(testAccounts.partnerUser(myPartner), myPartner.value());
        String id = location(call("POST", "/api/v1/deals", myKey, body(myPartner, "\"submit\":false")));
        deals.act(partner, UUID.fromString(id), Deals.Action.SUBMIT, null);
        assertThat(status(id))
                .as("what the partner submits awaits its distributor")
                .isEqualTo("SUBMITTED");
        var sentBack =
                call("POST", "/api/v1/deals/" + id + "/request-information", myKey, "{\"reason\":\"Which sites?\"}");
        assertThat(sentBack.statusCode()).isEqualTo(200);
        assertThat(sentBack.body()).contains("Which sites?").contains("\"status\":\"MORE_INFO_REQUESTED\"");
    }

    @Test
    void aPartnerOfAnotherDistributorAndBadInputAreRefusedAndSaveNothing() throws Exception {
        var foreign = call("POST", "/api/v1/deals", myKey, body(theirPartner, "\"submit\":true"));
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("\"field\":\"partnerId\"").contains("among your current partners");

        String close = LocalDate.now().plusMonths(1).toString();
        String[][] cases = {
            {"POST", "/api/v1/deals", "{not json"},
            {"POST", "/api/v1/deals", "[]"},
            {"POST", "/api/v1/deals", "{}"},
            {"POST", "/api/v1/deals", body(myPartner, "\"products\":\"nope\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"products\":[\"not-a-product\"]")},
            {"POST", "/api/v1/deals", body(myPartner, "\"products\":[\"" + UUID.randomUUID() + "\"]")},
            {"POST", "/api/v1/deals", body(myPartner, "\"estimatedValue\":\"-1\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"estimatedValue\":\"1e9999\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"currency\":\"XYZ\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"expectedClose\":\"2001-01-01\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"expectedClose\":\"soon\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"customerName\":\"A\\u0000B\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"customerName\":\"" + "x".repeat(201) + "\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"customerWebsite\":\"javascript:alert(1)\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"customerWebsite\":\"https://user@evil.example\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"customerCountry\":\"ZZZ\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"contactEmail\":\"not-an-address\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"contactName\":\"\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"contactJobTitle\":\"a\\u0007b\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"notes\":\"" + "n".repeat(4001) + "\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"partnerId\":\"not-a-uuid\"")},
            {"POST", "/api/v1/deals", body(myPartner, "\"partnerId\":null")},
            {"GET", "/api/v1/deals?status=NOPE", null},
            {"GET", "/api/v1/deals/not-a-uuid", null},
            {"GET", "/api/v1/deals/" + UUID.randomUUID(), null},
            {"POST", "/api/v1/deals/" + UUID.randomUUID() + "/approve", "{}"},
            {"POST", "/api/v1/deals/" + UUID.randomUUID() + "/explode", "{}"},
            {"POST", "/api/v1/deals/" + UUID.randomUUID() + "/approve", "{\"reason\":\"x\\u0000y\"}"},
            {"POST", "/api/v1/deals/" + UUID.randomUUID() + "/approve", "{\"reason\":42}"},
        };
        for (String[] c : cases) {
            var response = call(c[0], c[1], myKey, c[2]);
            assertThat(response.statusCode()).as(c[0] + " " + c[1] + " " + c[2]).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(c[0] + " " + c[1])
                    .contains("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM deal_registration WHERE company_id IN (:a, :b)")
                        .param("a", myPartner.value())
                        .param("b", theirPartner.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(close).isNotEmpty();
        assertThat(call("GET", "/api/v1/deals", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheDealCalls() throws Exception {
        var document = call("GET", "/v3/api-docs", null, null);
        assertThat(document.body()).contains("/api/v1/deals/{id}/{decision}", "/api/v1/deal-products");
    }

    /** A valid registration for the partner, with some of its fields replaced or added. */
    private String body(CompanyId partner, String more) {
        String base = "\"partnerId\":\"" + partner.value() + "\",\"customerName\":\"Northwind " + tag + "\","
                + "\"customerWebsite\":\"https://northwind-" + tag + ".example\",\"customerCountry\":\"CA\","
                + "\"contactName\":\"Ada Buyer\",\"contactEmail\":\"ada@northwind-" + tag + ".example\","
                + "\"products\":[\"" + product + "\"],\"currency\":\"CAD\",\"estimatedValue\":\"42000\","
                + "\"expectedClose\":\"" + LocalDate.now().plusMonths(2) + "\"";
        String key = more.substring(0, more.indexOf(':'));
        base = base.replaceAll(java.util.regex.Pattern.quote(key) + ":(\"[^\"]*\"|\\[[^\\]]*\\])", "")
                .replace(",,", ",")
                .replaceAll("^,|,$", "");
        return "{" + base + "," + more + "}";
    }

    private String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM deal_registration WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
        return ApiCalls.call(port, method, path, key, json);
    }
}
