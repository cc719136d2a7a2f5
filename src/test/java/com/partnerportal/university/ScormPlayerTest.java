package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.university.internal.ScormImports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.ScormPackages;
import partnerportal.testing.TestAccounts;

/**
 * R5.7 with R5.2–R5.3 and R5.6: an imported course plays in the portal's player — the package's
 * files only under the key of a launch, in a sandbox; commits kept and resumed; completion once even
 * when commits race; technical packages closed to those without a seat.
 */
@PortalTest
class ScormPlayerTest {

    private static final Pattern SRC = Pattern.compile("data-src=\"([^\"]+)\"");
    private static final Pattern CMI = Pattern.compile("data-cmi=\"([^\"]*)\"");
    private static final Pattern COMMIT = Pattern.compile("data-commit-url=\"([^\"]+)\"");

    @Autowired
    ScormImports imports;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aLearnerPlaysResumesAndCompletesOnceWhileTheFilesStayBehindTheirKey() throws Exception {
        String slug = course("SALES", "1.2");
        UUID certification = certificationOf(slug);
        String learnerEmail = testAccounts.partnerUser(testAccounts.company("Players " + UUID.randomUUID()));
        var learner = new HttpSession(port);
        learner.logIn(learnerEmail, TestAccounts.PASSWORD);
        assertThat(learner.get("/university/courses/" + slug).body()).contains("Start");

        var player = learner.get("/university/courses/" + slug + "/play/1");
        assertThat(player.statusCode()).isEqualTo(200);
        String fileUrl = HtmlUtils.htmlUnescape(find(SRC, player.body()));
        String commitUrl = HtmlUtils.htmlUnescape(find(COMMIT, player.body()));

        var page = new HttpSession(port).get(fileUrl);
        assertThat(page.statusCode())
                .as("the key in the address is enough: no cookie comes from the sandbox")
                .isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox allow-scripts");
        assertThat(page.body()).contains("/js/scorm/cross-frame-api.min.js").contains("sco-frame.js");
        assertThat(new HttpSession(port)
                        .get(fileUrl.replace("sco/index.html", "sco/style.css"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(new HttpSession(port)
                        .get(fileUrl.replace("sco/index.html", "imsmanifest.xml"))
                        .statusCode())
                .isEqualTo(200);
        String token = fileUrl.split("/")[3];
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(new HttpSession(port).get(fileUrl.replace(token, forged)).statusCode())
                .isEqualTo(404);
        assertThat(new HttpSession(port)
                        .get(fileUrl.replace("sco/index.html", "../../etc/passwd"))
                        .statusCode())
                .isIn(400, 404);

        var tooLarge = learner.postJson(commitUrl, "{\"cmi.suspend_data\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(tooLarge.statusCode())
                .as("a commit over 1 MB is refused before it is read")
                .isEqualTo(413);
        assertThat(learner.postJson(commitUrl, "[not json").statusCode()).isEqualTo(400);

        var saved = learner.postJson(commitUrl, """
                {"cmi.core.lesson_status": "incomplete", "cmi.core.lesson_location": "page-3",
                 "cmi.suspend_data": "page=3;answers=ab", "cmi.core.exit": "suspend"}
                """);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"result\":true");

        var resumed = learner.get("/university/courses/" + slug + "/play/1");
        String cmi = HtmlUtils.htmlUnescape(find(CMI, resumed.body()));
        assertThat(cmi)
                .contains("\"cmi.suspend_data\":\"page=3;answers=ab\"")
                .contains("\"cmi.core.lesson_location\":\"page-3\"")
                .contains("\"cmi.core.entry\":\"resume\"")
                .doesNotContain("cmi.core.exit");
        String resumedFile = HtmlUtils.htmlUnescape(find(SRC, resumed.body()));
        assertThat(HtmlUtils.htmlUnescape(new HttpSession(port).get(resumedFile).body()))
                .as("the SCO's page starts with the learner's data")
                .contains("page=3;answers=ab");

        // Two tabs finish at the same instant: the course completes once, one certificate.
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return learner.postJson(commitUrl, """
                                    {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "92",
                                     "cmi.core.total_time": "0000:12:30.00"}
                                    """).statusCode();
                }));
            }
            start.countDown();
        }
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM certificate c JOIN account a ON a.id = c.account_id"
                                + " WHERE a.email = :e AND c.certification_id = :cert")
                        .param("e", learnerEmail)
                        .param("cert", certification)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(learner.get("/university/transcript").body())
                .contains("Selling with SCORM")
                .contains("92 %")
                .contains("12 min");
        assertThat(jdbc.sql(
                                "SELECT score FROM scorm_attempt t JOIN account a ON a.id = t.account_id WHERE a.email = :e")
                        .param("e", learnerEmail)
                        .query(Double.class)
                        .single())
                .isEqualTo(92.0);
    }

    @Test
    void aTechnicalPackageIsClosedToThoseWithoutASeatAndToVisitors() throws Exception {
        String slug = course("TECHNICAL", "2004 4th Edition");
        CompanyId company = testAccounts.company("No Seats " + UUID.randomUUID());
        jdbc.sql("UPDATE company SET technical_seat_override = 0 WHERE id = :c")
                .param("c", company.value())
                .update();
        var noSeat = new HttpSession(port);
        noSeat.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        noSeat.get("/university");
        noSeat.post("/university/launch", java.util.Map.of());
        assertThat(noSeat.get("/university/courses/" + slug + "/play/1").statusCode())
                .isEqualTo(404);
        assertThat(noSeat.get("/university/courses/" + slug).statusCode()).isEqualTo(404);

        var visitor = new HttpSession(port);
        var answer = visitor.get("/university/courses/" + slug + "/play/1");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(visitor.get("/university/scorm-files/not-a-key/sco/index.html")
                        .statusCode())
                .isEqualTo(404);
        var post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/university/scorm-files/not-a-key/sco/index.html"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(403, 405);
    }

    private String course(String track, String edition) throws Exception {
        String slug = "scorm-" + UUID.randomUUID().toString().substring(0, 8);
        ScormPackages.importPublished(imports, jdbc, slug, track, edition, "Selling with SCORM", "Vendre avec SCORM");
        return slug;
    }

    private UUID certificationOf(String slug) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO certification (id, slug, track, title_en, title_fr) VALUES (:id, :slug, 'SALES', 'SCORM Seller', 'Vendeur SCORM')")
                .param("id", id)
                .param("slug", "cert-" + slug)
                .update();
        jdbc.sql(
                        "INSERT INTO certification_course (certification_id, course_id) SELECT :id, c.id FROM course c WHERE c.slug = :slug")
                .param("id", id)
                .param("slug", slug)
                .update();
        return id;
    }

    private static String find(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
