package com.partnerportal.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.ApiCalls;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R2.2/R2.3 through the REST API: keys scoped to one distributor, problem details for every error. */
@PortalTest
class DistributorApiTest {

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKeyKeepsItsDistributorsListAndSeesNothingOfAnothers() throws Exception {
        var mine = partners.distributor(testAccounts.distributor()).orElseThrow();
        var theirs = partners.distributor(testAccounts.distributor()).orElseThrow();
        String myKey = partners.createApiKey(mine, "ERP", "test").secret();
        String theirKey = partners.createApiKey(theirs, "ERP", "test").secret();

        var body = "{\"companyName\":\"API Partner\",\"country\":\"ca\",\"domains\":[\"mail.api-partner.ca\"]}";
        assertThat(call("PUT", "/api/v1/entitlements/API-1", myKey, body).statusCode())
                .isEqualTo(201);
        assertThat(call("PUT", "/api/v1/entitlements/API-1", myKey, body).statusCode())
                .isEqualTo(200);
        var read = call("GET", "/api/v1/entitlements/API-1", myKey, null);
        assertThat(read.body()).contains("\"domains\":[\"api-partner.ca\"]").contains("\"country\":\"CA\"");

        var denied = call("GET", "/api/v1/entitlements/API-1", theirKey, null);
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(denied.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(call("DELETE", "/api/v1/entitlements/API-1", theirKey, null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/api/v1/entitlements", theirKey, null).body()).contains("\"total\":0");
        assertThat(call("DELETE", "/api/v1/entitlements/API-1", myKey, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void badRequestsGetProblemDetailsAndNeverA500() throws Exception {
        var distributor = partners.distributor(testAccounts.distributor()).orElseThrow();
        String key = partners.createApiKey(distributor, "ERP", "test").secret();
        String[][] cases = {
            {"PUT", "/api/v1/entitlements/X", "{not json"},
            {"PUT", "/api/v1/entitlements/X", "[]"},
            {"PUT", "/api/v1/entitlements/X", "{\"companyName\":\"\",\"country\":\"ZZ\",\"domains\":[\"co.uk\"]}"},
            {"PUT", "/api/v1/entitlements/X", "{\"companyName\":\"A\",\"country\":\"FR\",\"domains\":\"a.fr\"}"},
            {"POST", "/api/v1/entitlements/bulk", "{\"entitlements\":\"nope\"}"},
            {"POST", "/api/v1/entitlements/bulk", "{}"},
            {"POST", "/api/v1/partners/not-a-uuid/release", "{}"},
            {"GET", "/api/v1/entitlements?page=-1", null},
            {"GET", "/api/v1/entitlements?page=abc", null},
            {
                "PUT",
                "/api/v1/entitlements/X",
                "{\"companyName\":\"A\\u0000B\",\"country\":\"FR\",\"domains\":[\"a.fr\"]}"
            },
            {"POST", "/api/v1/partners/" + java.util.UUID.randomUUID() + "/release", "{\"reason\":\"x\\u0000y\"}"},
        };
        for (String[] c : cases) {
            var response = call(c[0], c[1], key, c[2]);
            assertThat(response.statusCode()).as(String.join(" ", c)).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(String.join(" ", c))
                    .contains("application/problem+json");
        }
        assertThat(call("GET", "/api/v1/entitlements", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/entitlements", "ppk_forged", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void bulkAppliesTheValidItemsAndReportsTheOthers() throws Exception {
        var distributor = partners.distributor(testAccounts.distributor()).orElseThrow();
        String key = partners.createApiKey(distributor, "ERP", "test").secret();
        String body = "{\"entitlements\":["
                + "{\"customerId\":\"B1\",\"companyName\":\"Bulk One\",\"country\":\"FR\",\"domains\":[\"bulk-one.fr\"]},"
                + "{\"customerId\":\"B2\",\"companyName\":\"Bulk Two\",\"country\":\"XX\",\"domains\":[\"bulk-two.fr\"]},"
                + "{\"customerId\":\"B1\",\"companyName\":\"Again\",\"country\":\"FR\",\"domains\":[\"again.fr\"]}]}";
        var response = call("POST", "/api/v1/entitlements/bulk", key, body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"created\":1", "\"rejected\":2", "\"index\":1", "\"index\":2", "two-letter ISO");
    }

    @Test
    void aRevokedKeyStopsAtOnceAndReleasesAreScoped() throws Exception {
        var mine = partners.distributor(testAccounts.distributor()).orElseThrow();
        var created = partners.createApiKey(mine, "ERP", "test");
        var company = testAccounts.company("API Moving Inc");
        var elsewhere = testAccounts.company("Not Yours Inc");
        partners.associate(company, mine.id(), "M-1", "test");
        partners.associate(elsewhere, testAccounts.distributor(), "O-1", "test");

        assertThat(call("GET", "/api/v1/partners", created.secret(), null).body())
                .contains("API Moving Inc");
        assertThat(call("POST", "/api/v1/partners/" + elsewhere.value() + "/release", created.secret(), "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(
                                "POST",
                                "/api/v1/partners/" + company.value() + "/release",
                                created.secret(),
                                "{\"reason\":\"moved\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(partners.currentAssociation(company)).isEmpty();

        partners.revokeApiKey(mine, created.id(), "test");
        assertThat(call("GET", "/api/v1/partners", created.secret(), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        var document = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/v1/entitlements/{customerId}", "/api/v1/partners/{companyId}/release");
    }

    private HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
        return ApiCalls.call(port, method, path, key, json);
    }
}
