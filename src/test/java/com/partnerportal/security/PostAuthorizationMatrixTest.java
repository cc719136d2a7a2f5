package com.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R8.3, the changing side: every POST route found in Spring's handler
 * mappings, sent (with a valid CSRF token, an empty form) by callers who have no business with the
 * objects of company A and distributor A. Each must be sent to log in or refused (403/404, or 400
 * when the empty form fails binding before any object is looked up), never fail with a 5xx, and
 * company A's objects must be unchanged afterwards.
 */
@PortalTest
class PostAuthorizationMatrixTest {

    /** Routes anyone may post to: login, registration, visitor support, credential links. */
    private static final Set<String> PUBLIC = Set.of(
            "/login",
            "/login/identify",
            "/logout",
            "/register/{slug}",
            "/register/{slug}/company",
            "/support/new",
            "/support/confirm",
            "/account/activate",
            "/account/reset",
            "/account/reset/confirm");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Courses courses;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void nobodyChangesWhatIsNotTheirs() throws Exception {
        DistributorId distributorA = testAccounts.distributor();
        DistributorId distributorB = testAccounts.distributor();
        CompanyId companyA = testAccounts.company("Post Matrix A");
        CompanyId companyB = testAccounts.company("Post Matrix B");
        partners.associate(companyA, distributorA, "PM-1", "t");
        String slug = "post-matrix-" + UUID.randomUUID().toString().substring(0, 6);
        courses.publish(slug, Track.FOUNDATION, "Post matrix", "Matrice", "M", "M", 10);

        var partnerA = logIn(testAccounts.partnerUser(companyA));
        partnerA.get("/support/new");
        String location = partnerA.post(
                        "/support/new", Map.of("category", "OTHER", "subject", "Mine", "description", "Only mine"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String requestA = location.substring(location.lastIndexOf('/') + 1);

        Map<String, HttpSession> outsiders = new LinkedHashMap<>();
        var anonymous = new HttpSession(port);
        anonymous.get("/login");
        outsiders.put("anonymous", anonymous);
        outsiders.put("partner of company B", logIn(testAccounts.partnerUser(companyB)));
        outsiders.put("reviewer of distributor B", logIn(testAccounts.distributorReviewer(distributorB)));
        var insiders = Map.of(
                "partner of company A",
                partnerA,
                "reviewer of distributor A",
                logIn(testAccounts.distributorReviewer(distributorA)));

        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                info.getPatternValues().stream()
                        .filter(route -> !route.startsWith("/api/") && !PUBLIC.contains(route))
                        .forEach(routes::add);
            }
        });
        assertThat(routes).contains("/admin/support/{id}/reply", "/distributor/{id}/api-keys", "/university/launch");

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String route : routes) {
            String path =
                    route.replace("{company}", companyA.value().toString()).replace("{slug}", slug);
            if (route.startsWith("/distributor/{id}")) {
                path = path.replace("{id}", distributorA.value().toString());
            } else if (route.startsWith("/support/requests/{id}") || route.startsWith("/admin/support/{id}")) {
                path = path.replace("{id}", requestA);
            }
            path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Map<String, HttpSession> callers = new LinkedHashMap<>(outsiders);
            if (route.startsWith("/admin/")) {
                callers.putAll(insiders);
            }
            for (var caller : callers.entrySet()) {
                int status = caller.getValue().post(path, Map.of()).statusCode();
                caller.getValue().get("/login".equals(path) ? "/" : "/support/new");
                checked++;
                boolean ok = caller.getKey().equals("anonymous")
                        ? status == 302
                        : isSharedRoute(route) ? status < 500 : status == 400 || status == 403 || status == 404;
                if (!ok) {
                    failures.add(caller.getKey() + " POST " + path + " → " + status);
                }
            }
        }
        System.out.println(
                "Checked: " + checked + " POST route × caller combinations over " + routes.size() + " routes");
        assertThat(failures).isEmpty();

        assertThat(jdbc.sql("SELECT count(*) FROM support_message WHERE request_id = :r")
                        .param("r", UUID.fromString(requestA))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM support_request WHERE id = :r")
                        .param("r", UUID.fromString(requestA))
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        assertThat(jdbc.sql("SELECT count(*) FROM distributor_api_key WHERE distributor_id = :d")
                        .param("d", distributorA.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(partners.currentAssociation(companyA).orElseThrow().distributorId())
                .isEqualTo(distributorA);
        assertThat(partners.company(companyA).orElseThrow().technicalSeatLimit())
                .isEqualTo(5);
    }

    /** Routes every logged-in user may post to, about their own things only (no object of A in the path). */
    private static boolean isSharedRoute(String route) {
        return route.startsWith("/university/")
                || route.equals("/account/password")
                || route.startsWith("/account/")
                || route.equals("/deals/new")
                // Acts on the caller's own company, if they administer it (R11.1); 404 for anyone else.
                || route.equals("/company/invite");
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        session.get("/support/new");
        return session;
    }
}
