package com.partnerportal.university.internal;

import com.partnerportal.shared.Rows;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's enrolment, progress and quiz attempts, and the completion they lead to (R5.6). A
 * course is complete when every lesson is done and, if it has a quiz, the quiz is passed; {@link
 * Certificates} then issues what the completion earns.
 */
@Service
public class Learning {

    /** The share of right answers that passes a quiz. */
    public static final int PASS_MARK = 80;

    /** A user's place in one course. */
    /**
     * @param bestScore the quiz's best score, or for an imported course the best score its SCOs reported
     * @param timeSpent for an imported course, the time its SCOs reported the learner spent (R5.7); else null
     */
    public record Progress(
            boolean enrolled,
            int lessonsDone,
            int lessons,
            Integer bestScore,
            Instant completedAt,
            Duration timeSpent) {

        public boolean completed() {
            return completedAt != null;
        }

        public int percent() {
            return completed() ? 100 : lessons == 0 ? 0 : 100 * lessonsDone / lessons;
        }
    }

    public record TranscriptLine(Course course, Progress progress) {}

    private final JdbcClient jdbc;
    private final CourseContent content;
    private final Certificates certificates;

    public Learning(JdbcClient jdbc, CourseContent content, Certificates certificates) {
        this.jdbc = jdbc;
        this.content = content;
        this.certificates = certificates;
    }

    @Transactional
    public void enrol(UUID accountId, UUID courseId) {
        jdbc.sql("INSERT INTO enrolment (account_id, course_id) VALUES (:a, :c) ON CONFLICT DO NOTHING")
                .param("a", accountId)
                .param("c", courseId)
                .update();
    }

    public Progress progress(UUID accountId, UUID courseId) {
        return jdbc.sql("""
                SELECT e.account_id IS NOT NULL AS enrolled, e.best_score, e.completed_at,
                       (SELECT count(*) FROM lesson WHERE course_id = :c) AS lessons,
                       (SELECT count(*) FROM lesson_done d JOIN lesson l ON l.id = d.lesson_id
                         WHERE l.course_id = :c AND d.account_id = :a) AS done,
                       scorm.score AS scorm_score, scorm.times AS scorm_times
                  FROM (SELECT 1) one LEFT JOIN enrolment e ON e.account_id = :a AND e.course_id = :c
                  LEFT JOIN LATERAL (SELECT round(max(t.score))::integer AS score,
                                            array_agg(t.total_time) FILTER (WHERE t.total_time IS NOT NULL) AS times
                                       FROM scorm_attempt t JOIN scorm_package p ON p.id = t.package_id
                                      WHERE p.course_id = :c AND t.account_id = :a) scorm ON true
                """)
                .param("a", accountId)
                .param("c", courseId)
                .query((row, n) -> new Progress(
                        row.getBoolean("enrolled"),
                        row.getInt("done"),
                        row.getInt("lessons"),
                        row.getObject("best_score") != null
                                ? (Integer) row.getObject("best_score")
                                : (Integer) row.getObject("scorm_score"),
                        Rows.instant(row, "completed_at"),
                        row.getArray("scorm_times") == null
                                ? null
                                : ScormTime.total(
                                        (String[]) row.getArray("scorm_times").getArray())))
                .single();
    }

    public List<UUID> lessonsDone(UUID accountId, UUID courseId) {
        return jdbc.sql("SELECT d.lesson_id FROM lesson_done d JOIN lesson l ON l.id = d.lesson_id"
                        + " WHERE l.course_id = :c AND d.account_id = :a")
                .param("a", accountId)
                .param("c", courseId)
                .query(UUID.class)
                .list();
    }

    /** Marks a lesson of a course the user is enrolled in as done; completes the course if that was all. */
    @Transactional
    public boolean lessonDone(UUID accountId, Course course, UUID lessonId) {
        int marked = jdbc.sql("""
                INSERT INTO lesson_done (account_id, lesson_id)
                SELECT :a, l.id FROM lesson l JOIN enrolment e ON e.course_id = l.course_id AND e.account_id = :a
                 WHERE l.id = :l AND l.course_id = :c
                ON CONFLICT DO NOTHING
                """)
                .param("a", accountId)
                .param("l", lessonId)
                .param("c", course.id())
                .update();
        tryToComplete(accountId, course);
        return marked == 1 || lessonsDone(accountId, course.id()).contains(lessonId);
    }

    /**
     * Scores the quiz: the share of questions answered right, where an unanswered question or an
     * answer that is not a choice counts as wrong. Keeps the best score; passing may complete the
     * course. Each submission spends an attempt of the course's {@link QuizPolicy}, claimed in one
     * conditional {@code UPDATE}: the enrolment's row lock orders concurrent submissions, and each
     * sees the count the one before it left, so ten at once do not get ten attempts.
     *
     * @throws NoAttemptLeftException when the round's attempts are spent and its cool-down runs
     */
    @Transactional
    public int submitQuiz(UUID accountId, Course course, Map<UUID, Integer> answers) {
        var questions = content.quiz(course.id());
        if (questions.isEmpty()) {
            return 100;
        }
        boolean claimed = jdbc.sql("""
                        UPDATE enrolment
                           SET quiz_attempts_used = CASE WHEN quiz_attempts_used >= :attempts THEN 1
                                                         ELSE quiz_attempts_used + 1 END,
                               quiz_last_attempt_at = now()
                         WHERE account_id = :a AND course_id = :c
                           AND (quiz_attempts_used < :attempts
                                OR quiz_last_attempt_at <= now() - :cooldown * interval '1 hour')
                        RETURNING quiz_attempts_used
                        """)
                .param("attempts", course.quizPolicy().attempts())
                .param("cooldown", course.quizPolicy().cooldownHours())
                .param("a", accountId)
                .param("c", course.id())
                .query(Integer.class)
                .optional()
                .isPresent();
        if (!claimed) {
            throw new NoAttemptLeftException(attempts(accountId, course).nextRoundAt());
        }
        long right = questions.stream()
                .filter(q -> Integer.valueOf(q.correct()).equals(answers.get(q.id())))
                .count();
        int score = (int) (100 * right / questions.size());
        jdbc.sql("UPDATE enrolment SET best_score = greatest(coalesce(best_score, 0), :s)"
                        + " WHERE account_id = :a AND course_id = :c")
                .param("s", score)
                .param("a", accountId)
                .param("c", course.id())
                .update();
        tryToComplete(accountId, course);
        return score;
    }

    /** The learner's attempts at the course's quiz, as the policy and their enrolment say. */
    public QuizAttempts attempts(UUID accountId, Course course) {
        var policy = course.quizPolicy();
        return jdbc.sql("""
                        SELECT quiz_attempts_used, quiz_last_attempt_at, now() AS now
                          FROM enrolment WHERE account_id = :a AND course_id = :c
                        """)
                .param("a", accountId)
                .param("c", course.id())
                .query((row, n) -> {
                    int used = row.getInt("quiz_attempts_used");
                    var last = row.getTimestamp("quiz_last_attempt_at");
                    long seed = last == null ? 0 : last.getTime() * 31 + used;
                    if (used < policy.attempts()) {
                        return new QuizAttempts(policy.attempts() - used, null, seed);
                    }
                    var nextRound = last.toInstant().plus(policy.cooldown());
                    boolean over = !nextRound.isAfter(row.getTimestamp("now").toInstant());
                    return new QuizAttempts(over ? policy.attempts() : 0, over ? null : nextRound, seed);
                })
                .optional()
                .orElse(new QuizAttempts(policy.attempts(), null, 0));
    }

    /** The quiz as this learner sees it for their next attempt. */
    public List<QuizForm.Question> quizFor(UUID accountId, Course course) {
        return QuizForm.shuffled(
                content.quiz(course.id()),
                accountId,
                attempts(accountId, course).orderSeed());
    }

    /** The round's attempts are spent: the next round starts at {@code nextRoundAt}. */
    public static class NoAttemptLeftException extends RuntimeException {
        private final transient Instant nextRoundAt;

        NoAttemptLeftException(Instant nextRoundAt) {
            super("No quiz attempt left until " + nextRoundAt);
            this.nextRoundAt = nextRoundAt;
        }

        Instant nextRoundAt() {
            return nextRoundAt;
        }
    }

    /**
     * Completes the course when everything in it is done: its lessons, its quiz passed, and — for an
     * imported course — every SCO of its latest package (R5.7). One conditional UPDATE, so the
     * completion and its certificate happen once however many requests ask at the same time. A course
     * without lessons, quiz or package is completed when the user says they followed it.
     *
     * @return whether this call completed it
     */
    @Transactional
    public boolean tryToComplete(UUID accountId, Course course) {
        int completed = jdbc.sql("""
                UPDATE enrolment e SET completed_at = now()
                 WHERE e.account_id = :a AND e.course_id = :c AND e.completed_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_id = :c AND NOT EXISTS
                         (SELECT 1 FROM lesson_done d WHERE d.lesson_id = l.id AND d.account_id = :a))
                   AND (NOT EXISTS (SELECT 1 FROM quiz_question q WHERE q.course_id = :c)
                        OR coalesce(e.best_score, 0) >= :pass)
                   AND NOT EXISTS (
                         SELECT 1 FROM scorm_sco s
                         WHERE s.package_id = (SELECT p.id FROM scorm_package p WHERE p.course_id = :c
                                               ORDER BY p.version DESC LIMIT 1)
                           AND NOT EXISTS (SELECT 1 FROM scorm_attempt t WHERE t.package_id = s.package_id
                                             AND t.sco_position = s.position AND t.account_id = :a AND t.completed))
                """)
                .param("a", accountId)
                .param("c", course.id())
                .param("pass", PASS_MARK)
                .update();
        if (completed == 1) {
            certificates.awardFor(accountId, course.id());
        }
        return completed == 1;
    }

    public List<TranscriptLine> transcript(UUID accountId, List<Course> courses) {
        return courses.stream()
                .map(course -> new TranscriptLine(course, progress(accountId, course.id())))
                .filter(line -> line.progress().enrolled())
                .toList();
    }

    // Certifications
}
