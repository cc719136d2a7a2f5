package com.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.PortalTest;

/** The portal starts on an empty PostgreSQL, applies its migrations and reports itself healthy. */
@PortalTest
class PortalStartsTest {

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void migrationsApplyOnAnEmptyDatabase() {
        var applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list();
        assertThat(applied).contains("1", "2", "3", "4", "5");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session")
                        .query(Long.class)
                        .single())
                .isNotNull();
    }

    @Test
    void healthLivenessAndReadinessAreUpAndOtherEndpointsAreClosed() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertThat(get(closed).statusCode()).as(closed).isIn(302, 401, 403, 404);
        }
    }

    @Test
    void probesCarryNoSessionButTheSecurityHeaders() throws Exception {
        var probe = get("/actuator/health/liveness");
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(probe.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(probe.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        var posted = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isBetween(400, 499);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
