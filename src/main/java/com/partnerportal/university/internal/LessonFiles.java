package com.partnerportal.university.internal;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.university.CourseChanged;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Images and files attached to a lesson (R5.7): checked and kept like the catalogue's files, linked
 * from the lesson's Markdown, and read only by learners the course opens to (R5.2–R5.3; else 404).
 */
@Service
public class LessonFiles {

    private final StoredFiles files;
    private final CourseAccess access;
    private final CourseStore courses;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    LessonFiles(
            StoredFiles files,
            CourseAccess access,
            CourseStore courses,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            @Value("${portal.catalogue.max-file-size:50MB}") DataSize maxFileSize) {
        this.files = files;
        this.access = access;
        this.courses = courses;
        this.jdbc = jdbc;
        this.events = events;
        this.maxBytes = maxFileSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The files of each lesson of the course, by lesson. */
    public Map<UUID, List<StoredFiles.StoredFile>> ofCourse(UUID courseId) {
        var byLesson = new LinkedHashMap<UUID, List<StoredFiles.StoredFile>>();
        jdbc.sql("SELECT f.lesson_id, f.file_id FROM lesson_file f JOIN lesson l ON l.id = f.lesson_id"
                        + " WHERE l.course_id = :c ORDER BY f.added_at")
                .param("c", courseId)
                .query((row, n) ->
                        Map.entry(row.getObject("lesson_id", UUID.class), row.getObject("file_id", UUID.class)))
                .list()
                .forEach(entry -> files.find(entry.getValue())
                        .ifPresent(file -> byLesson.computeIfAbsent(entry.getKey(), k -> new java.util.ArrayList<>())
                                .add(file)));
        return byLesson;
    }

    /**
     * @throws NotFoundException when the course has no such lesson
     * @throws FormRefusedException naming {@code file} and why (type, size, empty)
     */
    @Transactional
    @PreAuthorize("hasRole('VENDOR_ADMIN')")
    public StoredFiles.StoredFile attach(
            UUID courseId, UUID lessonId, String name, long size, InputStream content, String actor) {
        boolean lessonOfCourse = jdbc.sql("SELECT EXISTS (SELECT 1 FROM lesson WHERE id = :l AND course_id = :c)")
                .param("l", lessonId)
                .param("c", courseId)
                .query(Boolean.class)
                .single();
        if (!lessonOfCourse) {
            throw new NotFoundException();
        }
        var stored = files.store(name, size, content, maxBytes);
        var file = stored.file().orElseThrow(() -> new FormRefusedException(Map.of("file", stored.problem())));
        jdbc.sql("INSERT INTO lesson_file (lesson_id, file_id) VALUES (:l, :f)")
                .param("l", lessonId)
                .param("f", file.id())
                .update();
        events.publishEvent(
                new CourseChanged(actor, courseId, "File " + file.fileName() + " attached to lesson " + lessonId));
        return file;
    }

    /**
     * @throws NotFoundException unless the file is a lesson's and its course opens to the learner (a
     *     vendor admin reads those of drafts too, to preview them)
     */
    public StoredFiles.StoredFile read(PortalPrincipal learner, UUID fileId) {
        var courseId = jdbc.sql("SELECT l.course_id FROM lesson_file f JOIN lesson l ON l.id = f.lesson_id"
                        + " WHERE f.file_id = :f LIMIT 1")
                .param("f", fileId)
                .query(UUID.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        var course = courses.find(courseId).orElseThrow(NotFoundException::new).course();
        if (!learner.isVendorAdmin()) {
            access.open(learner, course.slug());
        }
        return files.find(fileId).orElseThrow(NotFoundException::new);
    }
}
