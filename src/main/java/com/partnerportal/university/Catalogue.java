package com.partnerportal.university;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course table. */
@Repository
class Catalogue {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Course course) {
        if (!SLUG.matcher(course.slug()).matches()) {
            throw new IllegalArgumentException("A course slug is lower-case letters, digits and dashes");
        }
        jdbc.sql("INSERT INTO course (id, slug, track, title_en, title_fr, summary_en, summary_fr, duration_minutes)"
                        + " VALUES (:id, :slug, :track, :titleEn, :titleFr, :summaryEn, :summaryFr, :minutes)")
                .param("id", course.id())
                .param("slug", course.slug())
                .param("track", course.track().name())
                .param("titleEn", course.titleEn())
                .param("titleFr", course.titleFr())
                .param("summaryEn", course.summaryEn())
                .param("summaryFr", course.summaryFr())
                .param("minutes", course.durationMinutes())
                .update();
    }

    List<Course> published() {
        return jdbc.sql("SELECT * FROM course WHERE status = 'PUBLISHED' ORDER BY track, title_en")
                .query(Catalogue::map)
                .list();
    }

    Optional<Course> published(String slug) {
        return jdbc.sql("SELECT * FROM course WHERE slug = :slug AND status = 'PUBLISHED'")
                .param("slug", slug)
                .query(Catalogue::map)
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
                row.getInt("duration_minutes"));
    }
}
