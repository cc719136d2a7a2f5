package com.partnerportal.university;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, progress and completion, and the certifications they earn (R5.6). A course is complete
 * when every lesson is done and, if it has a quiz, the quiz is passed; completing the last course
 * of a certification issues the certificate, once, and a technical one only to a seat holder.
 */
@Service
class Learning {

    /** The share of right answers that passes a quiz. */
    static final int PASS_MARK = 80;

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A user's place in one course. */
    record Progress(boolean enrolled, int lessonsDone, int lessons, Integer bestScore, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }

        public int percent() {
            return completed() ? 100 : lessons == 0 ? 0 : 100 * lessonsDone / lessons;
        }
    }

    record TranscriptLine(Course course, Progress progress) {}

    record Certificate(
            UUID id,
            String code,
            String titleEn,
            String titleFr,
            Track track,
            String holderName,
            String companyName,
            Instant issuedAt) {

        public String title(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    record Certification(
            UUID id, String slug, Track track, String titleEn, String titleFr, String status, List<UUID> courseIds) {}

    private final JdbcClient jdbc;
    private final TechnicalSeats seats;
    private final Accounts accounts;
    private final Partners partners;
    private final ApplicationEventPublisher events;

    Learning(
            JdbcClient jdbc,
            TechnicalSeats seats,
            Accounts accounts,
            Partners partners,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.accounts = accounts;
        this.partners = partners;
        this.events = events;
    }

    // Content

    List<Lesson> lessons(UUID courseId) {
        return jdbc.sql("SELECT * FROM lesson WHERE course_id = :c ORDER BY position")
                .param("c", courseId)
                .query((row, n) -> new Lesson(
                        row.getObject("id", UUID.class),
                        courseId,
                        row.getInt("position"),
                        row.getString("title_en"),
                        row.getString("title_fr"),
                        row.getString("body_en"),
                        row.getString("body_fr"),
                        row.getString("video_url")))
                .list();
    }

    List<QuizQuestion> quiz(UUID courseId) {
        return jdbc.sql("SELECT * FROM quiz_question WHERE course_id = :c ORDER BY position")
                .param("c", courseId)
                .query((row, n) -> new QuizQuestion(
                        row.getObject("id", UUID.class),
                        courseId,
                        row.getInt("position"),
                        row.getString("prompt_en"),
                        row.getString("prompt_fr"),
                        strings(row.getArray("choices_en")),
                        strings(row.getArray("choices_fr")),
                        row.getInt("correct")))
                .list();
    }

    @Transactional
    void addLesson(UUID courseId, String titleEn, String titleFr, String bodyEn, String bodyFr, String videoUrl) {
        jdbc.sql("""
                INSERT INTO lesson (id, course_id, position, title_en, title_fr, body_en, body_fr, video_url)
                SELECT :id, :c, coalesce(max(position), 0) + 1, :te, :tf, :be, :bf, :video FROM lesson WHERE course_id = :c
                """)
                .param("video", videoUrl)
                .param("id", UUID.randomUUID())
                .param("c", courseId)
                .param("te", titleEn)
                .param("tf", titleFr)
                .param("be", bodyEn)
                .param("bf", bodyFr)
                .update();
    }

    @Transactional
    void addQuestion(
            UUID courseId,
            String promptEn,
            String promptFr,
            List<String> choicesEn,
            List<String> choicesFr,
            int correct) {
        jdbc.sql("""
                INSERT INTO quiz_question (id, course_id, position, prompt_en, prompt_fr, choices_en, choices_fr, correct)
                SELECT :id, :c, coalesce(max(position), 0) + 1, :pe, :pf, :ce, :cf, :correct
                  FROM quiz_question WHERE course_id = :c
                """)
                .param("id", UUID.randomUUID())
                .param("c", courseId)
                .param("pe", promptEn)
                .param("pf", promptFr)
                .param("ce", choicesEn.toArray(String[]::new))
                .param("cf", choicesFr.toArray(String[]::new))
                .param("correct", correct)
                .update();
    }

    boolean removeLesson(UUID courseId, UUID lessonId) {
        return jdbc.sql("DELETE FROM lesson WHERE id = :l AND course_id = :c")
                        .param("l", lessonId)
                        .param("c", courseId)
                        .update()
                == 1;
    }

    boolean removeQuestion(UUID courseId, UUID questionId) {
        return jdbc.sql("DELETE FROM quiz_question WHERE id = :q AND course_id = :c")
                        .param("q", questionId)
                        .param("c", courseId)
                        .update()
                == 1;
    }

    // Progress

    @Transactional
    void enrol(UUID accountId, UUID courseId) {
        jdbc.sql("INSERT INTO enrolment (account_id, course_id) VALUES (:a, :c) ON CONFLICT DO NOTHING")
                .param("a", accountId)
                .param("c", courseId)
                .update();
    }

    Progress progress(UUID accountId, UUID courseId) {
        return jdbc.sql("""
                SELECT e.account_id IS NOT NULL AS enrolled, e.best_score, e.completed_at,
                       (SELECT count(*) FROM lesson WHERE course_id = :c) AS lessons,
                       (SELECT count(*) FROM lesson_done d JOIN lesson l ON l.id = d.lesson_id
                         WHERE l.course_id = :c AND d.account_id = :a) AS done
                  FROM (SELECT 1) one LEFT JOIN enrolment e ON e.account_id = :a AND e.course_id = :c
                """)
                .param("a", accountId)
                .param("c", courseId)
                .query((row, n) -> new Progress(
                        row.getBoolean("enrolled"),
                        row.getInt("done"),
                        row.getInt("lessons"),
                        (Integer) row.getObject("best_score"),
                        row.getTimestamp("completed_at") == null
                                ? null
                                : row.getTimestamp("completed_at").toInstant()))
                .single();
    }

    List<UUID> lessonsDone(UUID accountId, UUID courseId) {
        return jdbc.sql("SELECT d.lesson_id FROM lesson_done d JOIN lesson l ON l.id = d.lesson_id"
                        + " WHERE l.course_id = :c AND d.account_id = :a")
                .param("a", accountId)
                .param("c", courseId)
                .query(UUID.class)
                .list();
    }

    /** Marks a lesson of a course the user is enrolled in as done; completes the course if that was all. */
    @Transactional
    boolean lessonDone(UUID accountId, Course course, UUID lessonId) {
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
    int submitQuiz(UUID accountId, Course course, Map<UUID, Integer> answers) {
        var questions = quiz(course.id());
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
    QuizAttempts attempts(UUID accountId, Course course) {
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
    List<QuizForm.Question> quizFor(UUID accountId, Course course) {
        return QuizForm.shuffled(
                quiz(course.id()), accountId, attempts(accountId, course).orderSeed());
    }

    /** The round's attempts are spent: the next round starts at {@code nextRoundAt}. */
    static class NoAttemptLeftException extends RuntimeException {
        private final transient Instant nextRoundAt;

        NoAttemptLeftException(Instant nextRoundAt) {
            super("No quiz attempt left until " + nextRoundAt);
            this.nextRoundAt = nextRoundAt;
        }

        Instant nextRoundAt() {
            return nextRoundAt;
        }
    }

    /** A course without lessons or quiz is completed when the user says they followed it. */
    @Transactional
    void tryToComplete(UUID accountId, Course course) {
        int completed = jdbc.sql("""
                UPDATE enrolment e SET completed_at = now()
                 WHERE e.account_id = :a AND e.course_id = :c AND e.completed_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_id = :c AND NOT EXISTS
                         (SELECT 1 FROM lesson_done d WHERE d.lesson_id = l.id AND d.account_id = :a))
                   AND (NOT EXISTS (SELECT 1 FROM quiz_question q WHERE q.course_id = :c)
                        OR coalesce(e.best_score, 0) >= :pass)
                """)
                .param("a", accountId)
                .param("c", course.id())
                .param("pass", PASS_MARK)
                .update();
        if (completed == 1) {
            awardCertifications(accountId, course.id());
        }
    }

    private record Earned(UUID id, Track track, String titleEn, String titleFr) {}

    private void awardCertifications(UUID accountId, UUID courseId) {
        var earned = jdbc.sql("""
                SELECT c.id, c.track, c.title_en, c.title_fr FROM certification c
                  JOIN certification_course cc ON cc.certification_id = c.id AND cc.course_id = :course
                 WHERE c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM certification_course other
                         WHERE other.certification_id = c.id AND NOT EXISTS (SELECT 1 FROM enrolment e
                               WHERE e.course_id = other.course_id AND e.account_id = :a
                                 AND e.completed_at IS NOT NULL))
                """)
                .param("course", courseId)
                .param("a", accountId)
                .query((row, n) -> new Earned(
                        row.getObject("id", UUID.class),
                        Track.valueOf(row.getString("track")),
                        row.getString("title_en"),
                        row.getString("title_fr")))
                .list();
        var account = accounts.find(new AccountId(accountId)).orElseThrow();
        for (Earned certification : earned) {
            if (certification.track().needsSeat() && !seats.holds(account.id())) {
                continue;
            }
            String code = code();
            String company = account.companyId() == null
                    ? null
                    : partners.company(new CompanyId(account.companyId()))
                            .map(c -> c.name())
                            .orElse(null);
            boolean issued = jdbc.sql("""
                            INSERT INTO certificate (id, account_id, certification_id, holder_name, company_name, code)
                            VALUES (:id, :a, :c, :name, :company, :code) ON CONFLICT DO NOTHING
                            """)
                            .param("id", UUID.randomUUID())
                            .param("a", accountId)
                            .param("c", certification.id())
                            .param("name", account.displayName())
                            .param("company", company)
                            .param("code", code)
                            .update()
                    == 1;
            if (issued) {
                events.publishEvent(new CertificationEarned(
                        accountId,
                        account.email(),
                        account.firstName(),
                        account.locale(),
                        certification.titleEn(),
                        certification.titleFr(),
                        "/certificates/" + code));
            }
        }
    }

    List<TranscriptLine> transcript(UUID accountId, List<Course> courses) {
        return courses.stream()
                .map(course -> new TranscriptLine(course, progress(accountId, course.id())))
                .filter(line -> line.progress().enrolled())
                .toList();
    }

    List<Certificate> certificatesOf(UUID accountId) {
        return jdbc.sql(CERTIFICATES + " WHERE k.account_id = :a ORDER BY k.issued_at DESC")
                .param("a", accountId)
                .query(Learning::certificate)
                .list();
    }

    Optional<Certificate> certificate(String code) {
        return jdbc.sql(CERTIFICATES + " WHERE k.code = :code")
                .param("code", code)
                .query(Learning::certificate)
                .optional();
    }

    Optional<Certificate> certificateOf(UUID accountId, UUID certificateId) {
        return jdbc.sql(CERTIFICATES + " WHERE k.account_id = :a AND k.id = :id")
                .param("a", accountId)
                .param("id", certificateId)
                .query(Learning::certificate)
                .optional();
    }

    // Certifications

    List<Certification> certifications() {
        return jdbc.sql("SELECT c.*, coalesce(array_agg(cc.course_id) FILTER (WHERE cc.course_id IS NOT NULL), '{}')"
                        + " AS courses FROM certification c LEFT JOIN certification_course cc"
                        + " ON cc.certification_id = c.id GROUP BY c.id ORDER BY c.track, c.title_en")
                .query((row, n) -> new Certification(
                        row.getObject("id", UUID.class),
                        row.getString("slug"),
                        Track.valueOf(row.getString("track")),
                        row.getString("title_en"),
                        row.getString("title_fr"),
                        row.getString("status"),
                        Arrays.stream((UUID[]) row.getArray("courses").getArray())
                                .toList()))
                .list();
    }

    /** Renames a certification, changes its courses, or retires it; issued certificates stay as they are. */
    @Transactional
    boolean updateCertification(UUID id, String titleEn, String titleFr, String status, List<UUID> courseIds) {
        int updated = jdbc.sql("UPDATE certification SET title_en = :te, title_fr = :tf, status = :s WHERE id = :id")
                .param("te", titleEn)
                .param("tf", titleFr)
                .param("s", status)
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM certification_course WHERE certification_id = :id")
                .param("id", id)
                .update();
        for (UUID course : courseIds) {
            jdbc.sql("INSERT INTO certification_course (certification_id, course_id) VALUES (:id, :c)")
                    .param("id", id)
                    .param("c", course)
                    .update();
        }
        return true;
    }

    boolean certificationSlugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM certification WHERE slug = :s)")
                .param("s", slug)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    UUID createCertification(String slug, Track track, String titleEn, String titleFr, List<UUID> courseIds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO certification (id, slug, track, title_en, title_fr) VALUES (:id, :s, :t, :te, :tf)")
                .param("id", id)
                .param("s", slug)
                .param("t", track.name())
                .param("te", titleEn)
                .param("tf", titleFr)
                .update();
        for (UUID course : courseIds) {
            jdbc.sql("INSERT INTO certification_course (certification_id, course_id) VALUES (:id, :c)")
                    .param("id", id)
                    .param("c", course)
                    .update();
        }
        return id;
    }

    private static final String CERTIFICATES = "SELECT k.id, k.code, k.holder_name, k.company_name, k.issued_at,"
            + " c.title_en, c.title_fr, c.track FROM certificate k JOIN certification c ON c.id = k.certification_id";

    private static Certificate certificate(ResultSet row, int n) throws SQLException {
        return new Certificate(
                row.getObject("id", UUID.class),
                row.getString("code"),
                row.getString("title_en"),
                row.getString("title_fr"),
                Track.valueOf(row.getString("track")),
                row.getString("holder_name"),
                row.getString("company_name"),
                row.getTimestamp("issued_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** 16 characters from an alphabet without look-alikes: about 80 bits, typed from paper if need be. */
    private static String code() {
        var code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
