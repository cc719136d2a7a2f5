package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.Learning;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.6: enrol, progress, quiz, completion; certifications, certificates and their verification. */
@PortalTest
class LearningTest {

    @Autowired
    Courses courses;

    @Autowired
    Learning learning;

    @Autowired
    CourseContent content;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String tag;
    private String slug;
    private UUID course;

    @BeforeEach
    void course() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        slug = "basics-" + tag;
        course = courses.publish(slug, Track.FOUNDATION, "Basics " + tag, "Bases " + tag, "Start", "Débuter", 20);
        courses.addLesson(course, "The agent", "L'agent", "It runs on endpoints.\n\nIt protects them.", "Il protège.");
        courses.addLesson(course, "The console", "La console", "Policies live here.", "Les politiques.");
        courses.addQuestion(
                course,
                "Where does the agent run?",
                "Où tourne l'agent ?",
                List.of("Endpoints", "Printers"),
                List.of("Terminaux", "Imprimantes"),
                0);
    }

    @Test
    void aLearnerCompletesTheLessonsPassesTheQuizAndEarnsTheCertificationOnce() throws Exception {
        courses.defineCertification(
                "cert-" + tag, Track.FOUNDATION, "Associate " + tag, "Associé " + tag, List.of(course));
        var company = testAccounts.company("Learners");
        String email = testAccounts.partnerUser(company);
        var learner = logIn(email);
        String page = learner.get("/university/courses/" + slug).body();
        assertThat(page).contains("Enrol in this course").doesNotContain("Mark as done");
        var lessons = content.lessons(course);
        assertThat(learner.post(
                                "/university/courses/" + slug + "/lessons/"
                                        + lessons.get(0).id() + "/done",
                                Map.of())
                        .statusCode())
                .as("not enrolled yet")
                .isEqualTo(404);

        learner.post("/university/courses/" + slug + "/enrol", Map.of());
        for (var lesson : lessons) {
            learner.get("/university/courses/" + slug);
            learner.post("/university/courses/" + slug + "/lessons/" + lesson.id() + "/done", Map.of());
        }
        page = learner.get("/university/courses/" + slug).body();
        assertThat(page).contains("2 of 2 lessons done").contains("It protects them.");
        UUID question = content.quiz(course).getFirst().id();
        learner.post("/university/courses/" + slug + "/quiz", Map.of("q-" + question, "1"));
        assertThat(learner.get("/university/courses/" + slug).body()).contains("0 % right answers; 80 % are needed");
        assertThat(certificates.certificatesOf(accountId(email))).isEmpty();

        // Passing answers sent at once from several tabs still earn one certificate.
        List<Future<Integer>> tabs = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                tabs.add(pool.submit(
                        () -> learner.post("/university/courses/" + slug + "/quiz", Map.of("q-" + question, "0"))
                                .statusCode()));
            }
            for (var tab : tabs) {
                assertThat(tab.get()).isEqualTo(302);
            }
        }
        var held = certificates.certificatesOf(accountId(email));
        assertThat(held).hasSize(1);
        var certificate = held.getFirst();
        assertThat(learner.get("/university/transcript").body())
                .contains("Associate " + tag)
                .contains("Basics " + tag)
                .contains("100 %");

        var pdf = learner.getBytes("/university/certificates/" + certificate.id());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(logIn(testAccounts.partnerUser(company))
                        .getBytes("/university/certificates/" + certificate.id())
                        .statusCode())
                .isEqualTo(404);

        var verification = new HttpSession(port).get("/certificates/" + certificate.code());
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("This certificate is genuine: Paul Partner earned “Associate " + tag);
        assertThat(new HttpSession(port).get("/certificates/NOTACODE12345678").statusCode())
                .isEqualTo(404);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                                .filter(m -> Mailbox.text(m).contains("/certificates/" + certificate.code()))
                                .count()
                        == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'certification.earned' AND target_id = :a")
                        .param("a", accountId(email).toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRetiredCertificationIsNoLongerAwardedAndAdminsEditItWithAuditTrail() throws Exception {
        UUID id = courses.defineCertification(
                "old-" + tag, Track.FOUNDATION, "Old " + tag, "Ancien " + tag, List.of(course));
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/certifications/" + id);
        var saved = admin.post(
                "/admin/certifications/" + id,
                Map.of(
                        "titleEn",
                        "Legacy " + tag,
                        "titleFr",
                        "Ancien " + tag,
                        "status",
                        "RETIRED",
                        "course",
                        course.toString()));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/certifications").body())
                .contains("Legacy " + tag)
                .contains("Retired");
        admin.get("/admin/certifications/" + id);
        assertThat(admin.post("/admin/certifications/" + id, Map.of("titleEn", "", "status", "GONE"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/certifications/" + id).body()).contains("Choose a status.");

        String email = testAccounts.partnerUser(testAccounts.company("Late Learners"));
        var learner = logIn(email);
        learner.get("/university/courses/" + slug);
        learner.post("/university/courses/" + slug + "/enrol", Map.of());
        for (var lesson : content.lessons(course)) {
            learner.get("/university/courses/" + slug);
            learner.post("/university/courses/" + slug + "/lessons/" + lesson.id() + "/done", Map.of());
        }
        learner.get("/university/courses/" + slug);
        learner.post(
                "/university/courses/" + slug + "/quiz",
                Map.of("q-" + content.quiz(course).getFirst().id(), "0"));
        assertThat(learning.progress(accountId(email), course).completed()).isTrue();
        assertThat(certificates.certificatesOf(accountId(email))).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'certification.changed' AND target_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTechnicalCertificationGoesOnlyToTechnicalSeatHolders() throws Exception {
        UUID empty = courses.publish("webinar-" + tag, Track.FOUNDATION, "Webinar " + tag, "Webinaire", "W", "W", 30);
        courses.defineCertification(
                "tech-" + tag, Track.TECHNICAL, "Engineer " + tag, "Ingénieur " + tag, List.of(empty));
        var company = testAccounts.company("Half Seated");
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();
        String holder = testAccounts.partnerUser(company);
        String other = testAccounts.partnerUser(company);
        for (String email : List.of(holder, other)) {
            var user = logIn(email);
            user.get("/university");
            user.post("/university/launch", Map.of());
            user.get("/university/courses/webinar-" + tag);
            user.post("/university/courses/webinar-" + tag + "/enrol", Map.of());
            user.get("/university/courses/webinar-" + tag);
            user.post("/university/courses/webinar-" + tag + "/complete", Map.of());
        }
        assertThat(certificates.certificatesOf(accountId(holder)))
                .extracting(Certificates.Certificate::titleEn)
                .containsExactly("Engineer " + tag);
        assertThat(certificates.certificatesOf(accountId(other))).isEmpty();
        assertThat(logIn(other).get("/university/transcript").body())
                .contains("Webinar " + tag)
                .contains("100 %");
    }

    @Test
    void nonHoldersAndOtherCompaniesGetNotFoundForTechnicalCoursesAndOthersCertificates() throws Exception {
        String tech = "tech-course-" + tag;
        UUID technical = courses.publish(tech, Track.TECHNICAL, "Deep dive " + tag, "Plongée", "D", "D", 30);
        courses.addLesson(technical, "Internals", "Internes", "How it works.", "Comment ça marche.");
        courses.addQuestion(technical, "Q?", "Q ?", List.of("a", "b"), List.of("a", "b"), 0);
        courses.defineCertification(
                "deep-" + tag, Track.TECHNICAL, "Deep " + tag, "Profond " + tag, List.of(technical));
        var company = testAccounts.company("Matrix Co");
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();
        String holderEmail = testAccounts.partnerUser(company);
        var holder = launched(holderEmail);
        var nonHolder = launched(testAccounts.partnerUser(company));
        var otherCompany = launched(testAccounts.partnerUser(testAccounts.company("Other Matrix Co")));
        UUID lesson = content.lessons(technical).getFirst().id();
        UUID question = content.quiz(technical).getFirst().id();

        holder.get("/university/courses/" + tech);
        holder.post("/university/courses/" + tech + "/enrol", Map.of());
        holder.get("/university/courses/" + tech);
        holder.post("/university/courses/" + tech + "/lessons/" + lesson + "/done", Map.of());
        holder.get("/university/courses/" + tech);
        holder.post("/university/courses/" + tech + "/quiz", Map.of("q-" + question, "0"));
        var certificate = certificates.certificatesOf(accountId(holderEmail)).getFirst();

        assertThat(nonHolder.get("/university/courses/" + tech).statusCode()).isEqualTo(404);
        nonHolder.get("/university");
        assertThat(nonHolder
                        .post("/university/courses/" + tech + "/enrol", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(nonHolder
                        .post("/university/courses/" + tech + "/lessons/" + lesson + "/done", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(nonHolder
                        .post("/university/courses/" + tech + "/quiz", Map.of("q-" + question, "0"))
                        .statusCode())
                .isEqualTo(404);
        for (var stranger : List.of(nonHolder, otherCompany)) {
            assertThat(stranger.getBytes("/university/certificates/" + certificate.id())
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(otherCompany.get("/university/courses/" + tech).statusCode())
                .as("a holder of another company's seat opens the course")
                .isEqualTo(200);
        assertThat(otherCompany.get("/university/transcript").body()).doesNotContain("Deep " + tag);
    }

    private HttpSession launched(String email) throws Exception {
        var session = logIn(email);
        session.post("/university/launch", Map.of());
        session.get("/university");
        return session;
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        session.get("/university");
        return session;
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }
}
