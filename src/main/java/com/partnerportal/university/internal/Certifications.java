package com.partnerportal.university.internal;

import com.partnerportal.university.Track;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certifications vendor admins define: a track and the courses that earn it (R5.6). */
@Service
public class Certifications {

    public record Certification(
            UUID id,
            String slug,
            Track track,
            String titleEn,
            String titleFr,
            CertificationStatus status,
            List<UUID> courseIds) {}

    private final JdbcClient jdbc;

    public Certifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Certification> all() {
        return jdbc.sql("SELECT c.*, coalesce(array_agg(cc.course_id) FILTER (WHERE cc.course_id IS NOT NULL), '{}')"
                        + " AS courses FROM certification c LEFT JOIN certification_course cc"
                        + " ON cc.certification_id = c.id GROUP BY c.id ORDER BY c.track, c.title_en")
                .query((row, n) -> new Certification(
                        row.getObject("id", UUID.class),
                        row.getString("slug"),
                        Track.valueOf(row.getString("track")),
                        row.getString("title_en"),
                        row.getString("title_fr"),
                        CertificationStatus.valueOf(row.getString("status")),
                        Arrays.stream((UUID[]) row.getArray("courses").getArray())
                                .toList()))
                .list();
    }

    /** Renames a certification, changes its courses, or retires it; issued certificates stay as they are. */
    @Transactional
    public boolean update(UUID id, String titleEn, String titleFr, CertificationStatus status, List<UUID> courseIds) {
        int updated = jdbc.sql("UPDATE certification SET title_en = :te, title_fr = :tf, status = :s WHERE id = :id")
                .param("te", titleEn)
                .param("tf", titleFr)
                .param("s", status.name())
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM certification_course WHERE certification_id = :id")
                .param("id", id)
                .update();
        linkCourses(id, courseIds);
        return true;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM certification WHERE slug = :s)")
                .param("s", slug)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public UUID create(String slug, Track track, String titleEn, String titleFr, List<UUID> courseIds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO certification (id, slug, track, title_en, title_fr) VALUES (:id, :s, :t, :te, :tf)")
                .param("id", id)
                .param("s", slug)
                .param("t", track.name())
                .param("te", titleEn)
                .param("tf", titleFr)
                .update();
        linkCourses(id, courseIds);
        return id;
    }

    private void linkCourses(UUID id, List<UUID> courseIds) {
        for (UUID course : courseIds) {
            jdbc.sql("INSERT INTO certification_course (certification_id, course_id) VALUES (:id, :c)")
                    .param("id", id)
                    .param("c", course)
                    .update();
        }
    }
}
