package com.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.deals.internal.DealRegistration;
import com.partnerportal.deals.internal.DealRegistrations;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * R8.3: every GET route of the application, found in Spring's handler mappings
 * (so a new route is covered without editing this test), called as each kind of caller on objects
 * of company A and distributor A. Who may see what is stated once below; everything else must be
 * refused (403/404) or sent to log in.
 */
@PortalTest
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS,
        PARTNER_A,
        PARTNER_B,
        REVIEWER_A,
        REVIEWER_B,
        ADMIN
    }

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

    @Autowired
    DealRegistrations dealRegistrations;

    @LocalServerPort
    int port;

    @Test
    void everyRouteAnswersOnlyToWhoMaySeeIt() throws Exception {
        DistributorId distributorA = testAccounts.distributor();
        DistributorId distributorB = testAccounts.distributor();
        CompanyId companyA = testAccounts.company("Matrix A Corp");
        CompanyId companyB = testAccounts.company("Matrix B Corp");
        String courseSlug = "matrix-" + UUID.randomUUID().toString().substring(0, 6);
        courses.publish(courseSlug, Track.FOUNDATION, "Matrix", "Matrice", "M", "M", 10);
        String userA = testAccounts.partnerUser(companyA);
        testAccounts.partnerUser(companyB);
        UUID accountA = jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", userA)
                .query(UUID.class)
                .single();
        UUID email = jdbc.sql("SELECT id FROM email_message ORDER BY created_at LIMIT 1")
                .query(UUID.class)
                .optional()
                .orElse(UUID.randomUUID());

        // A deal registration of company A through distributor A (R9.6).
        partners.associate(companyA, distributorA, "MX-A", "test");
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", product)
                .param("name", "Matrix product " + product)
                .update();
        var deal = DealRegistration.draft(
                companyA,
                distributorA,
                userA,
                new DealRegistration.Customer("Matrix customer", "matrix customer", "CA", null, null),
                new DealRegistration.Contact("Ada", "ada@matrix-customer.com", "matrix-customer.com", null),
                Set.of(product),
                new DealRegistration.Estimate(
                        "USD", BigDecimal.TEN, LocalDate.now().plusMonths(1)),
                null);
        dealRegistrations.saveDraft(deal);

        Map<String, String> variables = Map.of(
                "id",
                "",
                "company",
                companyA.value().toString(),
                "slug",
                courseSlug,
                "staged",
                UUID.randomUUID().toString(),
                "key",
                UUID.randomUUID().toString(),
                "customerId",
                "X",
                "companyId",
                companyA.value().toString(),
                "number",
                "0",
                "sco",
                "1");

        Map<Caller, HttpSession> sessions = new LinkedHashMap<>();
        sessions.put(Caller.ANONYMOUS, new HttpSession(port));
        sessions.put(Caller.PARTNER_A, logIn(userA));
        sessions.put(Caller.PARTNER_B, logIn(testAccounts.partnerUser(companyB)));
        sessions.put(Caller.REVIEWER_A, logIn(testAccounts.distributorReviewer(distributorA)));
        sessions.put(Caller.REVIEWER_B, logIn(testAccounts.distributorReviewer(distributorB)));
        sessions.put(Caller.ADMIN, logIn(testAccounts.vendorAdmin()));

        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        });
        assertThat(routes).contains("/admin/emails", "/distributor/{id}/entitlements", "/university");

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String route : routes) {
            if (route.startsWith("/api/")
                    || route.startsWith("/v3/")
                    || route.startsWith("/swagger")
                    || route.equals("/error")) {
                continue; // the API has its own key-based chain, tested in DistributorApiTest
            }
            String path = route;
            String idValue = route.startsWith("/distributor/")
                    ? distributorA.value().toString()
                    : route.startsWith("/admin/emails/")
                            ? email.toString()
                            : route.startsWith("/admin/users/")
                                    ? accountA.toString()
                                    : route.startsWith("/admin/distributors/")
                                            ? distributorA.value().toString()
                                            : route.startsWith("/admin/companies/")
                                                    ? companyA.value().toString()
                                                    : route.startsWith("/deals/")
                                                            ? deal.id().toString()
                                                            : UUID.randomUUID().toString();
            for (var variable : variables.entrySet()) {
                path = path.replace(
                        "{" + variable.getKey() + "}", variable.getKey().equals("id") ? idValue : variable.getValue());
            }
            if (route.startsWith("/register/")) {
                path = path.replace("{slug}", "no-such-distributor");
            }
            path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (var caller : sessions.entrySet()) {
                int status = caller.getValue().get(path).statusCode();
                checked++;
                String expected = expectation(route, caller.getKey());
                boolean ok = switch (expected) {
                    case "allowed" -> status < 400 || status == 404 && route.contains("{");
                    case "login" -> status == 302;
                    default -> status == 403 || status == 404;
                };
                if (!ok) {
                    failures.add(caller.getKey() + " GET " + path + " → " + status + " (expected " + expected + ")");
                }
            }
        }
        System.out.println("Checked: " + checked + " route × caller combinations, " + routes.size() + " GET routes");
        assertThat(failures).isEmpty();
    }

    /** Who may open which route; anonymous callers are sent to log in wherever a login would help. */
    private static String expectation(String route, Caller caller) {
        boolean isPublic = route.equals("/")
                || route.equals("/login")
                || route.startsWith("/account/activate")
                || route.startsWith("/account/reset")
                || route.startsWith("/register/")
                || route.equals("/support/new")
                || route.equals("/support/confirm")
                || route.startsWith("/certificates/")
                // a package's files answer their key in the path, never a session (R5.7): 404 without it
                || route.startsWith("/university/scorm-files/");
        if (isPublic) {
            return "allowed";
        }
        if (caller == Caller.ANONYMOUS) {
            return "login";
        }
        if (route.startsWith("/admin/")) {
            return caller == Caller.ADMIN ? "allowed" : "refused";
        }
        if (route.startsWith("/distributor/{id}")) {
            return caller == Caller.ADMIN || caller == Caller.REVIEWER_A ? "allowed" : "refused";
        }
        if (route.equals("/distributor")) {
            return caller == Caller.ADMIN || caller == Caller.REVIEWER_A || caller == Caller.REVIEWER_B
                    ? "allowed"
                    : "refused";
        }
        if (route.equals("/company")) {
            // Partner A is company A's first user, hence its administrator; partner B is company B's second (R11.1).
            return caller == Caller.PARTNER_A ? "allowed" : "refused";
        }
        if (route.startsWith("/deals/dashboard") || route.equals("/programme")) {
            return caller == Caller.PARTNER_A || caller == Caller.PARTNER_B ? "allowed" : "refused";
        }
        if (route.equals("/deals/new")) {
            return caller == Caller.ADMIN || caller == Caller.ANONYMOUS ? "refused" : "allowed";
        }
        if (route.startsWith("/deals/{id}")) {
            return caller == Caller.PARTNER_A || caller == Caller.REVIEWER_A || caller == Caller.ADMIN
                    ? "allowed"
                    : "refused";
        }
        if (route.startsWith("/review")) {
            return caller == Caller.ADMIN || caller == Caller.REVIEWER_A || caller == Caller.REVIEWER_B
                    ? "allowed"
                    : "refused";
        }
        return "allowed";
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        assertThat(session.logIn(email, TestAccounts.PASSWORD)).endsWith("/");
        return session;
    }
}
