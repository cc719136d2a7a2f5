package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.university.internal.CourseForm;
import com.partnerportal.university.internal.ScormImports;
import com.partnerportal.university.internal.ScormVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R5.7: importing a package keeps the course (a draft), its version, its SCOs and every file in
 * PostgreSQL; a refused package keeps nothing at all, not even the files read before the refusal;
 * a new upload is a new version.
 */
@PortalTest
@WithMockUser(username = "admin@sentinelone.example", roles = "VENDOR_ADMIN")
class ScormImportTest {

    @Autowired
    ScormImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    partnerportal.testing.TestAccounts testAccounts;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @TempDir
    Path directory;

    @Test
    void aPackageBecomesADraftCourseWithItsFilesAndANewUploadIsANewVersion() throws Exception {
        String slug = "scorm-" + UUID.randomUUID().toString().substring(0, 8);
        var imported = imports.importCourse(form(slug), zip("index.html", 3), "admin@sentinelone.example");
        assertThat(imported.version()).isEqualTo(1);
        assertThat(imported.manifest().version()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(imported.files()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT status FROM course WHERE id = :id")
                        .param("id", imported.courseId())
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM scorm_package_file f JOIN scorm_package p ON p.id = f.package_id"
                                + " JOIN stored_file s ON s.id = f.file_id WHERE p.course_id = :id")
                        .param("id", imported.courseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        var second = imports.addVersion(imported.courseId(), zip("index.html", 1), "admin@sentinelone.example");
        assertThat(second.version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM scorm_package WHERE course_id = :id")
                        .param("id", imported.courseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRefusedPackageKeepsNothing() throws Exception {
        long filesBefore = count("stored_file");
        long coursesBefore = count("course");
        String slug = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        // The launch file is missing: refused after the other files were read.
        assertThatThrownBy(() -> imports.importCourse(form(slug), zip("missing.html", 3), "admin@sentinelone.example"))
                .isInstanceOf(FormRefusedException.class)
                .extracting(refused -> ((FormRefusedException) refused).errors())
                .isEqualTo(Map.of("packageFile", "scorm.missingFile"));
        assertThat(count("stored_file")).isEqualTo(filesBefore);
        assertThat(count("course")).isEqualTo(coursesBefore);
    }

    @Test
    void aVendorAdminImportsFromThePageAndSeesWhyAPackageIsRefused() throws Exception {
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(admin.get("/admin/courses").body()).contains("Import a SCORM package");
        admin.get("/admin/courses/import");
        String slug = "uploaded-" + UUID.randomUUID().toString().substring(0, 8);
        var fields = Map.of(
                "slug", slug,
                "track", "FOUNDATION",
                "language", "en,fr",
                "durationMinutes", "15",
                "quizAttempts", "3",
                "quizCooldownHours", "24",
                "titleEn", "Uploaded",
                "titleFr", "Déposé",
                "summaryEn", "s",
                "summaryFr", "s");
        var refused = admin.postMultipart(
                "/admin/courses/import", fields, "packageFile", "notes.zip", "application/zip", "not a zip".getBytes());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("This file is not a zip archive.");
        assertThat(jdbc.sql("SELECT count(*) FROM course WHERE slug = :s")
                        .param("s", slug)
                        .query(Long.class)
                        .single())
                .isZero();

        admin.get("/admin/courses/import");
        var imported = admin.postMultipart(
                "/admin/courses/import",
                fields,
                "packageFile",
                "course.zip",
                "application/zip",
                Files.readAllBytes(zip("index.html", 2)));
        assertThat(imported.statusCode()).isEqualTo(302);
        var page = admin.get(imported.headers().firstValue("Location").orElseThrow());
        assertThat(page.body())
                .contains("The package is imported; the course is a draft until you publish it.")
                .contains("Version 1, SCORM 1.2, 1 SCO(s).");
        String coursePath = imported.headers().firstValue("Location").orElseThrow();
        var second = admin.postMultipart(
                coursePath + "/package",
                Map.of(),
                "packageFile",
                "course-v2.zip",
                "application/zip",
                Files.readAllBytes(zip("index.html", 3)));
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(admin.get(coursePath).body()).contains("Version 2, SCORM 1.2");
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static CourseForm form(String slug) {
        return new CourseForm(
                slug, "SALES", "en,fr", "30", "3", "24", "Selling Singularity", "Vendre Singularity", "s", "s", null);
    }

    /** A SCORM 1.2 package whose manifest launches {@code launch}, with a few assets. */
    private Path zip(String launch, int assets) throws Exception {
        Path file = Files.createTempFile(directory, "package", ".zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "imsmanifest.xml", """
                    <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                              xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                      <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                      <organizations default="o"><organization identifier="o"><title>Selling</title>
                        <item identifier="i" identifierref="r"><title>Selling</title></item>
                      </organization></organizations>
                      <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="%s"/></resources>
                    </manifest>
                    """.formatted(launch));
            put(zip, "index.html", "<html><body>SCO</body></html>");
            for (int i = 1; i < assets; i++) {
                put(zip, "assets/file-" + i + ".css", "body { margin: " + i + "px }");
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
