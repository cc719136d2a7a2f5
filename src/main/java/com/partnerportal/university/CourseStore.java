package com.partnerportal.university;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course table: each course, its status and its quiz policy (R5.1, R5.6). */
@Repository
class CourseStore {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Course course) {
        if (!SLUG.matcher(course.slug()).matches()) {
            throw new IllegalArgumentException("A course slug is lower-case letters, digits and dashes");
        }
        jdbc.sql("INSERT INTO course (id, slug, track, title_en, title_fr, summary_en, summary_fr, duration_minutes,"
                        + " language, quiz_attempts, quiz_cooldown_hours) VALUES (:id, :slug, :track, :titleEn, :titleFr,"
                        + " :summaryEn, :summaryFr, :minutes, :language, :attempts, :cooldown)")
                .param("id", course.id())
                .param("slug", course.slug())
                .param("track", course.track().name())
                .param("titleEn", course.titleEn())
                .param("titleFr", course.titleFr())
                .param("summaryEn", course.summaryEn())
                .param("summaryFr", course.summaryFr())
                .param("minutes", course.durationMinutes())
                .param("language", course.language())
                .param("attempts", course.quizPolicy().attempts())
                .param("cooldown", course.quizPolicy().cooldownHours())
                .update();
    }

    record Entry(Course course, CourseStatus status) {}

    List<Entry> all() {
        return jdbc.sql("SELECT * FROM course ORDER BY track, title_en")
                .query((row, n) -> new Entry(map(row, n), CourseStatus.valueOf(row.getString("status"))))
                .list();
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql("SELECT * FROM course WHERE id = :id")
                .param("id", id)
                .query((row, n) -> new Entry(map(row, n), CourseStatus.valueOf(row.getString("status"))))
                .optional();
    }

    boolean update(Course course, CourseStatus status) {
        return jdbc.sql("UPDATE course SET track = :track, title_en = :titleEn, title_fr = :titleFr,"
                                + " summary_en = :summaryEn, summary_fr = :summaryFr, duration_minutes = :minutes,"
                                + " language = :language, quiz_attempts = :attempts, quiz_cooldown_hours = :cooldown,"
                                + " status = :status WHERE id = :id")
                        .param("track", course.track().name())
                        .param("titleEn", course.titleEn())
                        .param("titleFr", course.titleFr())
                        .param("summaryEn", course.summaryEn())
                        .param("summaryFr", course.summaryFr())
                        .param("minutes", course.durationMinutes())
                        .param("language", course.language())
                        .param("attempts", course.quizPolicy().attempts())
                        .param("cooldown", course.quizPolicy().cooldownHours())
                        .param("status", status.name())
                        .param("id", course.id())
                        .update()
                == 1;
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course WHERE slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    List<Course> published() {
        return jdbc.sql("SELECT * FROM course WHERE status = 'PUBLISHED' ORDER BY track, title_en")
                .query(CourseStore::map)
                .list();
    }

    Optional<Course> published(String slug) {
        return jdbc.sql("SELECT * FROM course WHERE slug = :slug AND status = 'PUBLISHED'")
                .param("slug", slug)
                .query(CourseStore::map)
                .optional();
    }

    private static Course map(ResultSet row, int rowNumber) throws SQLException {
        return new Course(
                row.getObject("id", UUID.class),
                row.getString("slug"),
                Track.valueOf(row.getString("track")),
                row.getString("title_en"),
                row.getString("title_fr"),
                row.getString("summary_en"),
                row.getString("summary_fr"),
                row.getInt("duration_minutes"),
                row.getString("language"),
                new QuizPolicy(row.getInt("quiz_attempts"), row.getInt("quiz_cooldown_hours")));
    }
}
