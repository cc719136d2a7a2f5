package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.Course;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.CourseStore;
import com.partnerportal.university.internal.Learning;
import com.partnerportal.university.internal.QuizPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R5.6, learning integrity: a quiz cannot be passed by trying every combination. Three attempts
 * a round (the default), then a cool-down of a day; the questions and choices come in another order
 * at every attempt; a failed attempt tells the score, never which answers were right.
 */
@PortalTest
class QuizAttemptsTest {

    @Autowired
    Courses courses;

    @Autowired
    CourseStore courseStore;

    @Autowired
    Learning learning;

    @Autowired
    CourseContent content;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String slug;
    private Course course;

    @BeforeEach
    void course() {
        slug = "quiz-" + UUID.randomUUID().toString().substring(0, 6);
        var id = courses.publish(slug, Track.FOUNDATION, "Quiz " + slug, "Quiz " + slug, "Q", "Q", 10);
        for (int i = 1; i <= 4; i++) {
            courses.addQuestion(
                    id,
                    "Question " + i + "?",
                    "Question " + i + " ?",
                    List.of("A" + i, "B" + i, "C" + i, "D" + i),
                    List.of("A" + i, "B" + i, "C" + i, "D" + i),
                    i % 4);
        }
        course = courseStore.published(slug).orElseThrow();
    }

    @Test
    void tenSubmissionsAtOnceSpendTheThreeAttemptsOfTheRoundAndNoMore() throws Exception {
        UUID learner = enrolledLearner();
        var start = new CountDownLatch(1);
        List<Future<Boolean>> submissions = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                submissions.add(pool.submit(() -> {
                    start.await();
                    try {
                        learning.submitQuiz(learner, course, Map.of());
                        return true;
                    } catch (Learning.NoAttemptLeftException spent) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int scored = 0;
            for (var submission : submissions) {
                scored += submission.get() ? 1 : 0;
            }
            System.out.println("Checked: of 10 simultaneous quiz submissions, " + scored + " were scored");
            assertThat(scored).isEqualTo(3);
        }
        var attempts = learning.attempts(learner, course);
        assertThat(attempts.left()).isZero();
        assertThat(attempts.nextRoundAt()).isAfter(java.time.Instant.now().plusSeconds(23 * 3600));
    }

    @Test
    void afterTheRoundTheFormIsGoneUntilTheCoolDownEndsAndRightAnswersAreNeverShown() throws Exception {
        String email = testAccounts.partnerUser(testAccounts.company("Quiz Takers"));
        var learner = new HttpSession(port);
        learner.logIn(email, TestAccounts.PASSWORD);
        learner.get("/university");
        learner.post("/university/courses/" + slug + "/enrol", Map.of());
        var questions = content.quiz(course.id());
        Map<String, String> allWrong = new java.util.HashMap<>();
        for (var question : questions) {
            allWrong.put("q-" + question.id(), String.valueOf((question.correct() + 1) % 4));
        }

        assertThat(learner.get("/university/courses/" + slug).body()).contains("3 attempts left in this round.");
        for (int attempt = 1; attempt <= 3; attempt++) {
            learner.get("/university/courses/" + slug);
            learner.post("/university/courses/" + slug + "/quiz", allWrong);
            String page = learner.get("/university/courses/" + slug).body();
            // The score, and nothing that marks which choices were right.
            assertThat(page)
                    .contains("0 % right answers")
                    .doesNotContain("is-valid")
                    .doesNotContain("text-success");
        }
        String spent = learner.get("/university/courses/" + slug).body();
        assertThat(spent)
                .contains("You have used this round’s attempts. The next round starts on")
                .doesNotContain("Submit my answers");
        learner.post("/university/courses/" + slug + "/quiz", allWrong);
        assertThat(learner.get("/university/courses/" + slug).body())
                .contains("You have no attempt left in this round: your answers were not scored.");

        UUID account = accountId(email);
        jdbc.sql("UPDATE enrolment SET quiz_last_attempt_at = now() - interval '25 hours'"
                        + " WHERE account_id = :a AND course_id = :c")
                .param("a", account)
                .param("c", course.id())
                .update();
        assertThat(learner.get("/university/courses/" + slug).body())
                .contains("3 attempts left in this round.")
                .contains("Submit my answers");
    }

    @Test
    void eachAttemptShowsTheQuestionsAndChoicesInAnotherOrder() {
        UUID learner = enrolledLearner();
        Set<List<String>> orders = new HashSet<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            var shown = learning.quizFor(learner, course);
            assertThat(learning.quizFor(learner, course))
                    .as("the same order on reload")
                    .isEqualTo(shown);
            orders.add(shown.stream()
                    .flatMap(question -> question.choices().stream().map(choice -> choice.en()))
                    .toList());
            learning.submitQuiz(learner, course, Map.of());
        }
        assertThat(orders).hasSize(3);
        // Every choice keeps its index in the question: that is what the form sends back.
        var shown = learning.quizFor(learner, course);
        for (var question : shown) {
            for (var choice : question.choices()) {
                assertThat(question.question().choicesEn().get(choice.index())).isEqualTo(choice.en());
            }
        }
    }

    @Test
    void aVendorAdminSetsTheAttemptsAndTheCoolDownOfACourse() throws Exception {
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/courses/" + course.id());
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "track", "FOUNDATION",
                "language", "en,fr",
                "durationMinutes", "10",
                "titleEn", "Quiz " + slug,
                "titleFr", "Quiz " + slug,
                "summaryEn", "Q",
                "summaryFr", "Q",
                "status", "PUBLISHED"));
        form.put("quizAttempts", "0");
        form.put("quizCooldownHours", "24");
        admin.post("/admin/courses/" + course.id(), form);
        assertThat(admin.get("/admin/courses/" + course.id()).body())
                .contains("A quiz allows 1 to 20 attempts in a round and a wait of 0 to 720 hours.");
        assertThat(courseStore.published(slug).orElseThrow().quizPolicy()).isEqualTo(QuizPolicy.DEFAULT);

        form.put("quizAttempts", "5");
        form.put("quizCooldownHours", "2");
        admin.post("/admin/courses/" + course.id(), form);
        assertThat(courseStore.published(slug).orElseThrow().quizPolicy()).isEqualTo(new QuizPolicy(5, 2));
        assertThat(learning.attempts(
                                enrolledLearner(), courseStore.published(slug).orElseThrow())
                        .left())
                .isEqualTo(5);
    }

    private UUID enrolledLearner() {
        UUID learner = accountId(testAccounts.partnerUser(testAccounts.company("Quiz Race")));
        learning.enrol(learner, course.id());
        return learner;
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }
}
