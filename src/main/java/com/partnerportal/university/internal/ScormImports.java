package com.partnerportal.university.internal;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.CourseChanged;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaTypeFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor admins import a course as a SCORM package (R5.7): the package is checked by
 * {@link ScormPackageReader} as its files are kept, in one transaction, so a refused package leaves
 * nothing behind — no course, no version, no file. Uploading again adds a version; completions
 * recorded against earlier versions stay, and new attempts use the latest.
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class ScormImports {

    /** A kept version of a course's package. */
    public record Imported(UUID courseId, int version, ScormManifest manifest, int files) {}

    private final CourseAdministration courses;
    private final StoredFiles files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ScormPackageReader.Limits limits;

    ScormImports(
            CourseAdministration courses,
            StoredFiles files,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            @Value("${portal.university.scorm-max-entries:10000}") int maxEntries,
            @Value("${portal.university.scorm-max-bytes:524288000}") long maxBytes) {
        this.courses = courses;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.limits = new ScormPackageReader.Limits(maxEntries, maxBytes);
    }

    /**
     * A new draft course from the form, playing the package.
     *
     * @throws FormRefusedException naming the field and why: the course's fields, or {@code packageFile}
     */
    @Transactional
    public Imported importCourse(CourseForm form, Path zip, String actor) {
        return addVersion(courses.create(form, actor), zip, actor);
    }

    /**
     * Keeps a new version of the course's package, numbered under a lock of the course's row so that
     * two uploads at once get two numbers.
     *
     * @throws FormRefusedException naming {@code packageFile} and why the package is refused
     */
    @Transactional
    public Imported addVersion(UUID courseId, Path zip, String actor) {
        int version = jdbc.sql("SELECT 1 + coalesce((SELECT max(version) FROM scorm_package WHERE course_id = c.id), 0)"
                        + " FROM course c WHERE c.id = :id FOR UPDATE")
                .param("id", courseId)
                .query(Integer.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        Map<String, StoredFiles.StoredFile> kept = new LinkedHashMap<>();
        ScormManifest manifest;
        try {
            manifest = ScormPackageReader.read(
                    zip,
                    limits,
                    (path, content) -> files.keepPackageFile(
                                    path.substring(path.lastIndexOf('/') + 1),
                                    MediaTypeFactory.getMediaType(path)
                                            .map(Object::toString)
                                            .orElse("application/octet-stream"),
                                    content)
                            .ifPresent(file -> kept.put(path, file)));
        } catch (ScormPackageReader.PackageRefusedException refused) {
            throw new FormRefusedException(Map.of("packageFile", refused.messageKey()));
        }
        UUID packageId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO scorm_package (id, course_id, version, scorm_version, title, mastery_score,
                            file_count, total_bytes, uploaded_by)
                        VALUES (:id, :course, :version, :scormVersion, :title, :mastery, :files, :bytes, :by)
                        """)
                .param("id", packageId)
                .param("course", courseId)
                .param("version", version)
                .param("scormVersion", manifest.version().name())
                .param(
                        "title",
                        manifest.title().length() > 500 ? manifest.title().substring(0, 500) : manifest.title())
                .param("mastery", manifest.masteryScore().orElse(null))
                .param("files", Math.max(1, kept.size()))
                .param(
                        "bytes",
                        kept.values().stream()
                                .mapToLong(StoredFiles.StoredFile::sizeBytes)
                                .sum())
                .param("by", actor)
                .update();
        int position = 0;
        for (var sco : manifest.scos()) {
            jdbc.sql("INSERT INTO scorm_sco (package_id, position, identifier, title, launch)"
                            + " VALUES (:package, :position, :identifier, left(:title, 500), :launch)")
                    .param("package", packageId)
                    .param("position", ++position)
                    .param("identifier", sco.identifier())
                    .param("title", sco.title())
                    .param("launch", sco.launch())
                    .update();
        }
        for (var file : kept.entrySet()) {
            jdbc.sql("INSERT INTO scorm_package_file (package_id, path, file_id) VALUES (:package, :path, :file)")
                    .param("package", packageId)
                    .param("path", file.getKey())
                    .param("file", file.getValue().id())
                    .update();
        }
        events.publishEvent(new CourseChanged(
                actor,
                courseId,
                "SCORM package version " + version + " imported (" + manifest.version() + ", "
                        + manifest.scos().size() + " SCO(s), " + kept.size() + " files)"));
        return new Imported(courseId, version, manifest, kept.size());
    }
}
