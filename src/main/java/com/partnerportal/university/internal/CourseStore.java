package com.partnerportal.university.internal;

import com.partnerportal.university.Track;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course table: each course, its status and its quiz policy (R5.1, R5.6). */
@Repository
public class CourseStore {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final JdbcClient jdbc;

    public CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Course course) {
        if (!SLUG.matcher(course.slug()).matches()) {
            throw new IllegalArgumentException("A course slug is lower-case letters, digits and dashes");
        }
        jdbc.sql("INSERT INTO course (id, slug, track, title_en, title_fr, summary_en, summary_fr, duration_minutes,"
                        + " language, quiz_attempts, quiz_cooldown_hours) VALUES (:id, :slug, :track, :titleEn, :titleFr,"
                        + " :summaryEn, :summaryFr, :minutes, :language, :attempts, :cooldown)")
                .params(columns(course))
                .param("slug", course.slug())
                .update();
    }

    /** The columns a course's form sets, named as the statements above and below use them. */
    private static Map<String, Object> columns(Course course) {
        var columns = new HashMap<String, Object>();
        columns.put("id", course.id());
        columns.put("track", course.track().name());
        columns.put("titleEn", course.titleEn());
        columns.put("titleFr", course.titleFr());
        columns.put("summaryEn", course.summaryEn());
        columns.put("summaryFr", course.summaryFr());
        columns.put("minutes", course.durationMinutes());
        columns.put("language", course.language());
        columns.put("attempts", course.quizPolicy().attempts());
        columns.put("cooldown", course.quizPolicy().cooldownHours());
        return columns;
    }

    public record Entry(Course course, CourseStatus status) {}

    public List<Entry> all() {
        return jdbc.sql("SELECT * FROM course ORDER BY track, title_en")
                .query((row, n) -> new Entry(map(row, n), CourseStatus.valueOf(row.getString("status"))))
                .list();
    }

    public Optional<Entry> find(UUID id) {
        return jdbc.sql("SELECT * FROM course WHERE id = :id")
                .param("id", id)
                .query((row, n) -> new Entry(map(row, n), CourseStatus.valueOf(row.getString("status"))))
                .optional();
    }

    public boolean update(Course course, CourseStatus status) {
        return jdbc.sql("UPDATE course SET track = :track, title_en = :titleEn, title_fr = :titleFr,"
                                + " summary_en = :summaryEn, summary_fr = :summaryFr, duration_minutes = :minutes,"
                                + " language = :language, quiz_attempts = :attempts, quiz_cooldown_hours = :cooldown,"
                                + " status = :status WHERE id = :id")
                        .params(columns(course))
                        .param("status", status.name())
                        .update()
                == 1;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course WHERE slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    public List<Course> published() {
        return jdbc.sql("SELECT * FROM course WHERE status = 'PUBLISHED' ORDER BY track, title_en")
                .query(CourseStore::map)
                .list();
    }

    public Optional<Course> published(String slug) {
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
